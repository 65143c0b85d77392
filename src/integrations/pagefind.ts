import type { AstroIntegration } from 'astro';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOCALES } from '../core/language/locales';
import { pagefindRootUrl } from '../core/links/urls';
import { bundlePagesSetting, bundleUrl, planBundles, searchBundlesUrl, type SearchBundles } from '../search/searchBundles';
import { indexedPages, indexerFingerprint, writeBundle } from '../site/runPagefind';

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
 * build indexes only the bundles holding a changed page.
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
          manifest[locale] = plan.map((_, n) => bundleUrl(locale, n));
          for (const [n, paths] of plan.entries()) {
            const url = bundleUrl(locale, n);
            const name = url.slice(pagefindRootUrl().length, -1);
            const run = { name, locale, pages: paths.map((path) => byPath.get(path)!) };
            const result = await writeBundle(site, run, join(site, url), cache);
            pages += paths.length;
            bundles += 1;
            if (result.reused) reused += 1;
          }
        }
        await mkdir(join(site, pagefindRootUrl()), { recursive: true });
        await writeFile(join(site, searchBundlesUrl()), `${JSON.stringify(manifest)}\n`);
        const seconds = ((performance.now() - started) / 1000).toFixed(2);
        logger.info(
          `Indexed ${pages} pages into ${pagefindRootUrl().slice(1)} in ${seconds}s (${bundles} search bundles, ${reused} unchanged and copied from the cache)`,
        );
      },
    },
  };
}
