// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { markdownProcessorOptions } from './src/markdown/markdownProcessor.ts';
import { contentDir } from './src/site/contentDir.ts';
import { readContentFolder } from './src/site/contentFolder.ts';
import { siteArticleLinks } from './src/site/siteArticleLinks.ts';
import pagefind from './src/integrations/pagefind.ts';
import contentValidation from './src/integrations/contentValidation.ts';
import permalinks from './src/integrations/permalinks.ts';
import dataStoreModule from './src/integrations/dataStoreModule.ts';
import siteHeaders from './src/integrations/siteHeaders.ts';
import { siteUrl } from './src/site/siteUrl.ts';

/**
 * The public URL of the site, for canonical links, feeds, sitemap and robots.txt:
 * env SITE (e.g. SITE=https://kb.example.org npm run build), by default
 * https://zhiku.example.org (DEFAULT_SITE in src/site/siteUrl.ts).
 */
const site = siteUrl();

/** The content folder, read once per build: the validator, the permalinks and the Markdown link resolver share it. */
const content = readContentFolder(contentDir());

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Lossless whitespace removal: the JSX rules of the default would glue words together.
  compressHTML: true,
  // Tests and the benchmark build other content folders side by side: each gets its own output and cache.
  outDir: process.env.ZHIKU_OUT_DIR ?? './dist',
  cacheDir: process.env.ZHIKU_CACHE_DIR ?? './node_modules/.astro',
  build: { format: 'directory' },
  markdown: {
    // Astro's native Markdown processor (Sätteri) with the site's plugins (src/markdown/markdownProcessor.ts).
    processor: satteri(markdownProcessorOptions(siteArticleLinks(contentDir(), content))),
  },
  // Content validation first: it reports every content problem before anything else runs.
  // dataStoreModule: the build reads the content store from its file instead of compiling it as JavaScript.
  // siteHeaders writes _headers from the built pages; its rules do not depend on Pagefind's files.
  integrations: [contentValidation(content), permalinks(content), mdx(), dataStoreModule(), pagefind(), siteHeaders()],
});
