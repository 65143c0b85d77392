import { defineCollection, reference } from 'astro:content';
import { file } from 'astro/loaders';
import { z } from 'astro/zod';
import { articleSchema, topicSchema } from './core/articles/articleSchema';
import { articleLoader } from './site/articleLoader';
import { contentDir } from './site/contentDir';
import { reportFirst } from './site/validationReport';

const root = contentDir();

// Each loader wraps in reportFirst: a build whose content the validator rejects stops with its report, not with the
// loader's first schema or link error (the validator runs in a worker meanwhile: integrations/contentValidation.ts).
const articles = defineCollection({
  // Bodies stay out of the content store: the renderer keeps what pages need of them (src/markdown/bodyFactsPlugin.ts).
  loader: reportFirst(articleLoader(root)),
  schema: articleSchema.extend({ topics: z.array(reference('topics')).default([]) }),
});

const topics = defineCollection({
  loader: reportFirst(file(`${root}/topics.yaml`)),
  schema: topicSchema,
});

export const collections = { articles, topics };
