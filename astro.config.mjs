// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeHighlighting } from './src/markdown/codeColours.ts';
import { markdownProcessorOptions } from './src/markdown/markdownProcessor.ts';
import { normalisedSource } from './src/markdown/normalisedSource.ts';
import { contentDir } from './src/site/contentDir.ts';
import { readContentFolder } from './src/site/contentFolder.ts';
import { siteArticleLinks } from './src/site/siteArticleLinks.ts';
import pagefind from './src/integrations/pagefind.ts';
import contentValidation from './src/integrations/contentValidation.ts';
import permalinks from './src/integrations/permalinks.ts';
import devContent from './src/integrations/devContent.ts';
import contentContract from './src/integrations/contentContract.ts';
import dataStoreModule from './src/integrations/dataStoreModule.ts';
import searchStringsModule from './src/integrations/searchStringsModule.ts';
import traditionalCharactersModule from './src/integrations/traditionalCharactersModule.ts';
import siteHeaders from './src/integrations/siteHeaders.ts';
import { siteSettings } from './src/site/siteSettings.ts';
import cacheCheck from './src/integrations/cacheCheck.ts';
import cachedPageCopies from './src/integrations/cachedPageCopies.ts';
import mediaFiles from './src/integrations/mediaFiles.ts';
import { siteUrl } from './src/site/siteUrl.ts';
import { sourceStamp } from './src/site/sourceStamp.ts';
import { setProjectRoot } from './src/site/projectRoot.ts';

/**
 * The public URL of the site, for canonical links, feeds, sitemap and robots.txt:
 * env SITE (e.g. SITE=https://kb.example.org npm run build), else `url` in content/site.yaml.
 */
const site = siteUrl();

/**
 * The site's settings (content/site.yaml) as text, carried into the config with the renderer's
 * fingerprint: every page shows them (name, footer, links), and Astro throws its caches away when
 * its config changes, so a new setting renders every page again.
 */
const settingsStamp = JSON.stringify(siteSettings());

/** The project folder, and the folders holding the Markdown renderer's code (its plugins and what they import). */
const root = fileURLToPath(new URL('.', import.meta.url));

/** Astro's cache folder (the incremental build's pages, the content store), where the site keeps its own caches too. */
const cacheDir = process.env.ZHIKU_CACHE_DIR ?? './node_modules/.astro';

/**
 * The content folder, read once per build: the validator, the permalinks and the Markdown link resolver share it.
 * In `astro dev` the article loader reads changed files again (src/site/followArticleFiles.ts). The frontmatter
 * of the texts the last build saw is taken from its cache instead of parsed again.
 */
const content = readContentFolder(contentDir(), undefined, {
  file: resolve(root, cacheDir, 'zhiku-frontmatter.json'),
  stamp: sourceStamp(['src/core/content'], root),
});

const RENDERER_CODE = ['src/markdown', 'src/core'];

/** The build cache is checked against the last finished build's record before anything reads it, and recorded again at the end. */
const cache = cacheCheck();

/** Cached pages are linked into dist/, and pages that are their cache copies stay there from the last build. */
const pageCopies = cachedPageCopies(cache.verified);

/**
 * The file name of a script Astro bundles from a component's <script>, which every page using the
 * component links: /_astro/SearchBox.<hash>.js rather than Astro's
 * /_astro/SearchBox.astro_astro_type_script_index_0_lang.<hash>.js.
 * @param {{ name: string }} chunk
 */
const pageScriptFileName = ({ name }) =>
  `_astro/${name.replace(/\.astro_astro_type_script_index_(\d+)_lang$/, (_, i) => (i === '0' ? '' : `-${i}`)).replace(/[^\w.\-/]/g, '_')}.[hash].js`;

export default defineConfig({
  site,
  // The path the site is served under (content/site.yaml `base`, e.g. /kb/): Astro puts its pages, scripts and
  // images under it; every other URL the site writes goes through src/site/publicPath.ts. dist/ itself keeps the
  // layout of the root: the host serves the folder under the base path.
  base: siteSettings().base,
  trailingSlash: 'always',
  // Article images (Markdown `![alt](../../media/x.png)` and <Figure>) scale down with the column and
  // get a srcset of WebP widths up to the file's own; their `sizes` come from src/markdown/imageSizesPlugin.ts.
  // The few styles they need are in src/styles/global.css, so pages keep their one stylesheet.
  image: { layout: 'constrained' },
  // Lossless whitespace removal: the JSX rules of the default would glue words together.
  compressHTML: true,
  // Tests and the benchmark build other content folders side by side: each gets its own output and cache.
  outDir: process.env.ZHIKU_OUT_DIR ?? './dist',
  cacheDir,
  // Styles always come from the shared, content-hashed files in /_astro/, cached across pages, never inlined into each page.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: {
    // Scripts likewise stay shared /_astro/ modules, however small (Astro would inline a script under 4 KB into every page).
    // Only ThemeScript is inline, on purpose (is:inline): it must run before the first paint.
    build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) },
    // In `astro dev`, a saved file is reported once its size has held for 50 ms. A save truncates the file
    // before it writes it, and the watcher drops a second event that follows within 5 ms: without this, the
    // content layer could read the file empty, fail its schema and never hear of the rest of the save.
    server: { watch: { awaitWriteFinish: { stabilityThreshold: 50, pollInterval: 10 } } },
    environments: { client: { build: { rolldownOptions: { output: { entryFileNames: pageScriptFileName } } } } },
  },
  experimental: {
    // Pages whose cache key and code are unchanged are copied from the last build (site/pageData.ts;
    // the cache lives in cacheDir: incremental-build.json and pages/).
    incrementalBuild: true,
  },
  markdown: {
    // Code is highlighted at build time in a light and a dark theme at once, each token's colour a CSS
    // light-dark() pair that follows the site's colour scheme (src/markdown/codeColours.ts).
    shikiConfig: codeHighlighting(),
    // Astro's native Markdown processor (Sätteri) with the site's plugins (src/markdown/markdownProcessor.ts).
    // The renderer's code is fingerprinted for Astro's caches: its own hash of the config cannot see functions.
    // Every body is read with Unix line endings and no BOM first, so CRLF and LF files publish the same HTML.
    processor: normalisedSource(
      satteri(
        markdownProcessorOptions(
          siteArticleLinks(contentDir(), content),
          `${sourceStamp(RENDERER_CODE, root)} ${settingsStamp}`,
          siteSettings().base,
        ),
      ),
    ),
  },
  // The cache check first, before anything reads the cache, and its record last, after everything wrote it (src/integrations/cacheCheck.ts).
  // Content validation next: it reports every content problem before anything else runs.
  // dataStoreModule: the build reads the content store from its file instead of compiling it as JavaScript.
  // searchStringsModule: the search scripts' UI strings, bundled with them instead of repeated on every page.
  // traditionalCharactersModule: the characters that make the search scripts load OpenCC's tables for a query.
  // mediaFiles publishes the files of media/ that articles link to (a PDF) at /media/<name>.
  // siteHeaders writes _headers from the built pages; its rules do not depend on Pagefind's files.
  // contentContract: no MDX article that breaks the content contract is compiled, also one saved while `astro dev` runs.
  // cachedPageCopies: the incremental build copies its cached pages without a trip through the thread pool for each file operation.
  // devContent: in `astro dev` only, answers aliases (permalinks writes them at build time) and recompiles MDX bodies whose links change.
  integrations: [
    // Content entries name their files relative to Astro's root, which `--root` (or a config elsewhere) makes another folder than the working one.
    { name: 'zhiku:project-root', hooks: { 'astro:config:setup': ({ config }) => setProjectRoot(fileURLToPath(config.root)) } },
    cache.check,
    pageCopies.integration,
    contentValidation(content),
    permalinks(content),
    devContent(contentDir()),
    contentContract(contentDir()),
    mediaFiles(contentDir(), content),
    mdx(),
    dataStoreModule({ verified: cache.verified }),
    searchStringsModule(),
    traditionalCharactersModule(),
    pagefind(pageCopies.pathsListed, pageCopies.writtenPages),
    siteHeaders(),
    cache.record,
  ],
});
