// @ts-check
// The floor Zhiku is measured against: plain Astro 7 with its defaults (the Sätteri
// Markdown processor), one collection, one bare page template, Pagefind's CLI after
// the pages, and a search page per language with Pagefind's default UI.
// Built by bench/run.ts with `astro build --root bench/floor`.
//
// One thing is not Astro's default: the build reads the content store as data (Zhiku's dataStoreModule).
// Astro's default compiles the store as one JavaScript string literal, in time quadratic in its
// size (BENCHMARKS.md, "The pause before the first page"): at 10,000 articles that made the floor's
// Astro part two to three times Zhiku's, and a floor slower than the site it measures is no floor.
import { defineConfig } from 'astro/config';
import dataStoreModule from '../../src/integrations/dataStoreModule.ts';
import pagefind from './pagefind.mjs';

export default defineConfig({
  outDir: process.env.BENCH_OUT_DIR ?? './dist',
  cacheDir: process.env.BENCH_CACHE_DIR ?? './node_modules/.astro',
  build: { format: 'directory' },
  integrations: [dataStoreModule({ inDev: false, oneBuildWrite: false }), pagefind()],
});
