import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { articleSchema, topicSchema } from './core/articleSchema';
import { contentDir } from './site/contentDir';

const root = contentDir();

const articles = defineCollection({
  // Bodies stay out of the content store: the renderer keeps what pages need of them (src/lib/bodyFacts.ts).
  loader: glob({ pattern: '*/*.{md,mdx}', base: `${root}/articles`, retainBody: false }),
  schema: articleSchema.extend({ topics: z.array(reference('topics')).default([]) }),
});

const topics = defineCollection({
  loader: file(`${root}/topics.yaml`),
  schema: topicSchema,
});

export const collections = { articles, topics };
