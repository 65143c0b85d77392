// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import { markdownProcessorOptions } from './src/markdown/markdownProcessor.ts';
import { contentDir } from './src/site/contentDir.ts';
import { readContentFolder } from './src/site/contentFolder.ts';
import { siteArticleLinks } from './src/site/siteArticleLinks.ts';
import pagefind from './src/integrations/pagefind.ts';
import contentValidation from './src/integrations/contentValidation.ts';
import permalinks from './src/integrations/permalinks.ts';
import dataStoreModule from './src/integrations/dataStoreModule.ts';
import { siteUrl } from './src/site/siteUrl.ts';
import { sourceStamp } from './src/site/sourceStamp.ts';

/**
 * The public URL of the site, for canonical links, feeds, sitemap and robots.txt:
 * env SITE (e.g. SITE=https://kb.example.org npm run build), by default
 * https://zhiku.example.org (DEFAULT_SITE in src/site/siteUrl.ts).
 */
const site = siteUrl();

/** The content folder, read once per build: the validator, the permalinks and the Markdown link resolver share it. */
const content = readContentFolder(contentDir());

/** The project folder, and the folders holding the Markdown renderer's code (its plugins and what they import). */
const root = fileURLToPath(new URL('.', import.meta.url));
const RENDERER_CODE = ['src/markdown', 'src/core'];

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Lossless whitespace removal: the JSX rules of the default would glue words together.
  compressHTML: true,
  // Tests and the benchmark build other content folders side by side: each gets its own output and cache.
  outDir: process.env.ZHIKU_OUT_DIR ?? './dist',
  cacheDir: process.env.ZHIKU_CACHE_DIR ?? './node_modules/.astro',
  build: { format: 'directory' },
  experimental: {
    // Pages whose cache key and code are unchanged are copied from the last build (site/pageData.ts;
    // the cache lives in cacheDir: incremental-build.json and dist/).
    incrementalBuild: true,
  },
  markdown: {
    // Astro's native Markdown processor (Sätteri) with the site's plugins (src/markdown/markdownProcessor.ts).
    // The renderer's code is fingerprinted for Astro's caches: its own hash of the config cannot see functions.
    processor: satteri(markdownProcessorOptions(siteArticleLinks(contentDir(), content), sourceStamp(RENDERER_CODE, root))),
  },
  // Content validation first: it reports every content problem before anything else runs.
  // dataStoreModule: the build reads the content store from its file instead of compiling it as JavaScript.
  integrations: [contentValidation(content), permalinks(content), mdx(), dataStoreModule(), pagefind()],
});
