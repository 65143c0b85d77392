import { defineCollection, reference } from 'astro:content';
import { file } from 'astro/loaders';
import { z } from 'astro/zod';
import { articleSchema, topicSchema } from './core/articles/articleSchema';
import { articleLoader } from './site/articleLoader';
import { contentDir } from './site/contentDir';

const root = contentDir();

const articles = defineCollection({
  // Bodies stay out of the content store: the renderer keeps what pages need of them (src/markdown/bodyFactsPlugin.ts).
  loader: articleLoader(root),
  schema: articleSchema.extend({ topics: z.array(reference('topics')).default([]) }),
});

const topics = defineCollection({
  loader: file(`${root}/topics.yaml`),
  schema: topicSchema,
});

export const collections = { articles, topics };
