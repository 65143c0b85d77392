import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

// The benchmark corpus: `<BENCH_CONTENT_DIR>/articles/<lang>/<slug>.md`.
const articles = defineCollection({
  loader: glob({ pattern: '*/*.md', base: `${process.env.BENCH_CONTENT_DIR ?? './content'}/articles` }),
  schema: z.object({ title: z.string() }),
});

export const collections = { articles };
