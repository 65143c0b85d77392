import type { AstroIntegration } from 'astro';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOCALES, type Locale } from '../core/language/locales';
import { pagefindRootUrl } from '../core/links/urls';
import { searchBundlesUrl, type SearchBundles } from '../search/searchBundles';
import { indexWhileRendering } from '../site/indexWhileRendering';
import { indexedPages, indexerFingerprint, indexLanguage, publishBundle, type IndexedBundle } from '../site/runPagefind';

/**
 * Indexes the built site with Pagefind, in the output folder of this build (so
 * ZHIKU_OUT_DIR builds get their own index).
 *
 * Each language is split into search bundles of at most BUNDLE_PAGES[lang] pages
 * (search/searchBundles.ts), each indexed by a run of the Pagefind CLI of its own:
 * Pagefind holds every page of a run in memory. `/pagefind/bundles.json` lists
 * them, and the browser searches a language's bundles together.
 *
 * A language is indexed as soon as its last indexed page is written, while the
 * pages after it render (site/indexWhileRendering.ts); a language some of whose
 * pages were copied from the incremental build's cache is indexed once every page
 * is written, as is every language when Astro renders several pages at a time.
 * One Pagefind run at a time, so that the memory a build needs stays what one run takes.
 *
 * A bundle whose pages are byte for byte those of the last build is copied from
 * the cache (`<cacheDir>/pagefind/`) instead of indexed again, so an incremental
 * build indexes only the bundles holding a changed page.
 * Only elements marked `data-pagefind-body` are indexed: real articles and the glossary.
 */
export default function pagefindIntegration(): AstroIntegration {
  let cacheRoot = '';
  /** Whether Astro renders one page at a time, which indexing while pages render needs (site/indexWhileRendering.ts). */
  let onePageAtATime = true;
  /** The path the site is served under, which the pages Astro renders are requested under. */
  let siteBase = '/';
  let cache: Promise<{ root: string; indexer: string }> | undefined;
  /** The languages indexed while pages rendered. */
  let early = new Map<Locale, Promise<IndexedBundle[]>>();
  /** The Pagefind runs, one after the other. */
  let queue: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };
  /** A language's search bundles, of its indexed pages in the built site, each put in its folder of the site as soon as it is made. */
  const indexFromSite = (site: string, locale: Locale) =>
    inTurn(async () => {
      const found = await indexedPages(site, locale);
      const made = found.length === 0 ? [] : await indexLanguage(site, locale, found, await cache!);
      for (const bundle of made) await publishBundle(bundle.entry, join(site, bundle.url));
      return made;
    });
  return {
    name: 'zhiku:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheRoot = join(fileURLToPath(config.cacheDir), 'pagefind');
        onePageAtATime = config.build.concurrency === 1;
        siteBase = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:start': ({ setPrerenderer }) => {
        early = new Map();
        cache = indexerFingerprint().then((indexer) => ({ root: cacheRoot, indexer }));
        if (!onePageAtATime) return;
        setPrerenderer((base, { outputDirectories }) =>
          indexWhileRendering(
            base,
            (locale) => {
              const indexed = indexFromSite(fileURLToPath(outputDirectories.client), locale);
              // Awaited in astro:build:done; a build that fails before then reports its own error.
              indexed.catch(() => undefined);
              early.set(locale, indexed);
            },
            siteBase,
          ),
        );
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        // The benchmark (bench/run.ts) reads the duration from the log line below: the time the
        // index added after the last page, not the time of the runs that went on while pages rendered.
        const started = performance.now();
        cache ??= indexerFingerprint().then((indexer) => ({ root: cacheRoot, indexer }));
        const manifest: SearchBundles = {};
        let pages = 0;
        let reused = 0;
        let bundles = 0;
        for (const locale of LOCALES) {
          const made = await (early.get(locale) ?? indexFromSite(site, locale));
          if (made.length === 0) {
            logger.warn(`No ${locale} article to index: ${locale} has no search bundle.`);
            continue;
          }
          manifest[locale] = made.map((bundle) => bundle.url);
          for (const bundle of made) {
            pages += bundle.pages;
            bundles += 1;
            if (bundle.reused) reused += 1;
          }
        }
        await mkdir(join(site, pagefindRootUrl()), { recursive: true });
        await writeFile(join(site, searchBundlesUrl()), `${JSON.stringify(manifest)}\n`);
        const seconds = ((performance.now() - started) / 1000).toFixed(2);
        const whileRendering = LOCALES.filter((locale) => early.has(locale));
        logger.info(
          `Indexed ${pages} pages into ${pagefindRootUrl().slice(1)} in ${seconds}s (${bundles} search bundles, ${reused} unchanged and copied from the cache)` +
            (whileRendering.length ? `; ${whileRendering.join(', ')} indexed while pages rendered` : ''),
        );
      },
    },
  };
}
