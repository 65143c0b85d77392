import type { AstroIntegration } from 'astro';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOCALES } from '../core/language/locales';
import { pagefindRootUrl } from '../core/links/urls';
import { bundlePagesSetting, bundleUrl, planBundles, searchBundlesUrl, type SearchBundles } from '../search/searchBundles';
import { indexedPages, indexerFingerprint, writeBundle } from '../site/runPagefind';
import { deltaPagesSetting } from '../search/searchDelta';
import { indexDelta, recordBase } from '../site/searchDelta';

/**
 * Indexes the built site with Pagefind once Astro has written it, in the output
 * folder of this build (so ZHIKU_OUT_DIR builds get their own index).
 *
 * Each language is split into search bundles of at most BUNDLE_PAGES[lang] pages
 * (search/searchBundles.ts), each indexed by a run of the Pagefind CLI of its own:
 * Pagefind holds every page of a run in memory. `/pagefind/bundles.json` lists
 * them, and the browser searches a language's bundles together.
 *
 * A bundle whose pages are byte for byte those of the last build is copied from
 * the cache (`<cacheDir>/pagefind/`) instead of indexed again, so an incremental
 * build indexes only the bundles holding a changed page. Better still, when few pages of a
 * language changed since its bundles were last indexed in full, only those pages are indexed,
 * into the language's delta bundle, and the bundles are copied as they were
 * (search/searchDelta.ts, site/searchDelta.ts).
 * Only elements marked `data-pagefind-body` are indexed: real articles and the glossary.
 */
export default function pagefindIntegration(): AstroIntegration {
  let cacheRoot = '';
  return {
    name: 'zhiku:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheRoot = join(fileURLToPath(config.cacheDir), 'pagefind');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        // The benchmark (bench/run.ts) reads the duration from the log line below.
        const started = performance.now();
        const cache = { root: cacheRoot, indexer: await indexerFingerprint() };
        const manifest: SearchBundles = {};
        const deltaLimit = deltaPagesSetting(process.env.ZHIKU_SEARCH_DELTA_PAGES);
        const hidden: string[] = [];
        const deltas: string[] = [];
        let pages = 0;
        let reused = 0;
        let bundles = 0;
        for (const locale of LOCALES) {
          const found = await indexedPages(site, locale);
          if (found.length === 0) {
            logger.warn(`No ${locale} article to index: ${locale} has no search bundle.`);
            continue;
          }
          const byPath = new Map(found.map((page) => [page.path, page]));
          const plan = planBundles([...byPath.keys()], bundlePagesSetting(locale, process.env.ZHIKU_SEARCH_BUNDLE_PAGES));
          const runs = plan.map((paths, n) => {
            const url = bundleUrl(locale, n);
            return { url, name: url.slice(pagefindRootUrl().length, -1), locale, pages: paths.map((path) => byPath.get(path)!) };
          });
          const delta = await indexDelta(site, locale, runs, cache, deltaLimit);
          if (delta) {
            manifest[locale] = delta.urls;
            hidden.push(...delta.hidden);
            deltas.push(`${locale} ${delta.pages} pages, ${delta.hidden.length} hidden${delta.reused ? ', copied from the cache' : ''}`);
            pages += delta.pages;
            bundles += runs.length;
            reused += runs.length;
            continue;
          }
          manifest[locale] = runs.map((run) => run.url);
          for (const run of runs) {
            const result = await writeBundle(site, run, join(site, run.url), cache);
            await recordBase(cache, run);
            pages += run.pages.length;
            bundles += 1;
            if (result.reused) reused += 1;
          }
        }
        await mkdir(join(site, pagefindRootUrl()), { recursive: true });
        await writeFile(join(site, searchBundlesUrl()), `${JSON.stringify(hidden.length > 0 ? { ...manifest, hidden } : manifest)}\n`);
        const seconds = ((performance.now() - started) / 1000).toFixed(2);
        logger.info(
          `Indexed ${pages} pages into ${pagefindRootUrl().slice(1)} in ${seconds}s (${bundles} search bundles, ${reused} unchanged and copied from the cache)`,
        );
        // The benchmark and tests read this line too: which languages were indexed as their last full index and a delta.
        if (deltas.length > 0) logger.info(`Search deltas (changes since the last full index): ${deltas.join('; ')}`);
      },
    },
  };
}
