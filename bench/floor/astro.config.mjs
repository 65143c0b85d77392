// @ts-check
// The floor Zhiku is measured against: plain Astro 7 with its defaults (the Sätteri
// Markdown processor), one collection, one bare page template, Pagefind's CLI after
// the pages, and a search page per language with Pagefind's default UI.
// Built by bench/run.ts with `astro build --root bench/floor`.
import { defineConfig } from 'astro/config';
import pagefind from './pagefind.mjs';

export default defineConfig({
  outDir: process.env.BENCH_OUT_DIR ?? './dist',
  cacheDir: process.env.BENCH_CACHE_DIR ?? './node_modules/.astro',
  build: { format: 'directory' },
  integrations: [pagefind()],
});
