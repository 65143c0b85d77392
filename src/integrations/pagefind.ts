import type { AstroIntegration } from 'astro';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOCALES, type Locale } from '../core/language/locales';
import { pagefindRootUrl } from '../core/links/urls';
import { INDEXING_MEMORY_MB, PAGE_MEMORY_MB, searchBundlesUrl, type SearchBundles } from '../search/searchBundles';
import { withinBudget } from '../core/build/withinBudget';
import { deltaPagesSetting } from '../search/searchDelta';
import { indexWhileRendering } from '../site/indexWhileRendering';
import {
  beginIndexing,
  indexBundle,
  indexedPages,
  indexerFingerprint,
  indexingGeneration,
  isCurrent,
  languageRuns,
  publishBundle,
  type SeenPage,
} from '../site/runPagefind';
import { indexDelta, recordBase, rememberBundlePages, type DeltaIndex } from '../site/searchDelta';

/** How a language was indexed: its full bundles (each made again or copied from the cache), or its last full index and a delta. */
type LanguageIndex = { urls: string[]; pages: number; bundles: number; reused: number; delta?: DeltaIndex };

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
 * Runs of different languages go side by side while the memory they hold together stays what the
 * largest single run holds (search/searchBundles.ts INDEXING_MEMORY_MB), one after the other beyond.
 *
 * A bundle whose pages are byte for byte those of the last build is copied from
 * the cache (`<cacheDir>/pagefind/`) instead of indexed again, so an incremental
 * build indexes only the bundles holding a changed page. Better still, when few pages of a
 * language changed since its bundles were last indexed in full, only those pages are indexed,
 * into the language's delta bundle, and the bundles are copied as they were
 * (search/searchDelta.ts, site/searchDelta.ts).
 * Only elements marked `data-pagefind-body` are indexed: real articles and the glossary.
 * `pathsListed` hears every path the build renders, before the first page is written, where pages
 * render while the search indexes (integrations/cachedPageCopies.ts drops the pages of earlier builds then).
 * `writtenPages` gives what the pages written this build held as they were written (the same integration),
 * so that the pages are not read back to be indexed.
 */
export default function pagefindIntegration(
  pathsListed?: (pathnames: ReadonlySet<string>) => void,
  writtenPages?: () => ReadonlyMap<string, SeenPage> | undefined,
): AstroIntegration {
  let cacheRoot = '';
  /** Whether Astro renders one page at a time, which indexing while pages render needs (site/indexWhileRendering.ts). */
  let onePageAtATime = true;
  /** The path the site is served under, which the pages Astro renders are requested under. */
  let siteBase = '/';
  let cache: Promise<{ root: string; indexer: string }> | undefined;
  /** The languages being indexed before astro:build:done: while pages rendered, or from astro:build:generated. */
  let early = new Map<Locale, Promise<LanguageIndex>>();
  /** Those of them begun while pages rendered. */
  let whileRendering = new Set<Locale>();
  /** The Pagefind runs: side by side while the memory they hold together fits (INDEXING_MEMORY_MB). */
  let withinMemory = withinBudget(INDEXING_MEMORY_MB);
  /** Stops the indexing of a build of this process that a later one has replaced (site/runPagefind.ts beginIndexing). */
  const stillCurrent = (generation: number) => {
    if (!isCurrent(generation)) throw new Error('A later build of this process began: its search indexing stops here.');
  };
  /**
   * Indexes a language's pages of the built site: into a delta of what changed since its last full
   * index when few pages did (site/searchDelta.ts), else into full bundles, each put in its folder of
   * the site as soon as it is made and recorded as the base of later deltas. A language's runs go one
   * after the other; those of another language may run beside them (withinMemory).
   */
  const indexFromSite = async (site: string, locale: Locale): Promise<LanguageIndex> => {
    const mine = indexingGeneration();
    const searchCache = await cache!;
    const seen = { file: join(searchCache.root, `${locale}.seen.json`), key: searchCache.indexer, written: writtenPages?.() };
    const found = await indexedPages(site, locale, seen);
    if (found.length === 0) return { urls: [], pages: 0, bundles: 0, reused: 0 };
    const runs = languageRuns(locale, found);
    const largest = Math.max(...runs.map((run) => run.pages.length));
    return withinMemory(largest * PAGE_MEMORY_MB[locale], async () => {
      stillCurrent(mine);
      const delta = await indexDelta(site, locale, runs, searchCache, deltaPagesSetting(process.env.ZHIKU_SEARCH_DELTA_PAGES));
      if (delta) return { urls: delta.urls, pages: delta.pages, bundles: runs.length, reused: runs.length, delta };
      let reused = 0;
      for (const run of runs) {
        const made = await indexBundle(site, run, searchCache);
        stillCurrent(mine);
        await publishBundle(made.entry, join(site, run.url));
        await recordBase(searchCache, run);
        if (made.reused) reused += 1;
        else await rememberBundlePages(made.entry);
      }
      return { urls: runs.map((run) => run.url), pages: found.length, bundles: runs.length, reused };
    });
  };
  /** Begins indexing a language before astro:build:done, which awaits it (a build that fails before then reports its own error). */
  const begin = (site: string, locale: Locale) => {
    const indexed = indexFromSite(site, locale);
    indexed.catch(() => undefined);
    early.set(locale, indexed);
  };
  return {
    name: 'zhiku:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheRoot = join(fileURLToPath(config.cacheDir), 'pagefind');
        onePageAtATime = config.build.concurrency === 1;
        siteBase = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:start': async ({ setPrerenderer }) => {
        // A build of this process that failed may have left its indexing going (a long-lived process, such as
        // Astro's build API called again): it is stopped before this build indexes, with any working folder left.
        await beginIndexing(cacheRoot);
        early = new Map();
        whileRendering = new Set();
        withinMemory = withinBudget(INDEXING_MEMORY_MB);
        cache = indexerFingerprint().then((indexer) => ({ root: cacheRoot, indexer }));
        if (!onePageAtATime) return;
        setPrerenderer((base, { outputDirectories }) =>
          indexWhileRendering(
            base,
            (locale) => {
              begin(fileURLToPath(outputDirectories.client), locale);
              whileRendering.add(locale);
            },
            siteBase,
            pathsListed,
          ),
        );
      },
      // Every page is written: a language not yet indexed (its pages copied from the cache, or several rendered at a
      // time) is begun now, while Astro finishes its build and the integrations before this one run their astro:build:done.
      'astro:build:generated': ({ dir }) => {
        for (const locale of LOCALES) if (!early.has(locale)) begin(fileURLToPath(dir), locale);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        // The benchmark (bench/run.ts) reads the duration from the log line below: the time the
        // index added after the last page, not the time of the runs that went on while pages rendered.
        const started = performance.now();
        cache ??= indexerFingerprint().then((indexer) => ({ root: cacheRoot, indexer }));
        const manifest: SearchBundles = {};
        const hidden: string[] = [];
        const deltas: string[] = [];
        let pages = 0;
        let reused = 0;
        let bundles = 0;
        for (const locale of LOCALES) {
          const made = await (early.get(locale) ?? indexFromSite(site, locale));
          if (made.urls.length === 0) {
            logger.warn(`No ${locale} article to index: ${locale} has no search bundle.`);
            continue;
          }
          manifest[locale] = made.urls;
          pages += made.pages;
          bundles += made.bundles;
          reused += made.reused;
          if (made.delta) {
            hidden.push(...made.delta.hidden);
            deltas.push(
              `${locale} ${made.delta.pages} pages, ${made.delta.hidden.length} hidden${made.delta.reused ? ', copied from the cache' : ''}`,
            );
          }
        }
        await mkdir(join(site, pagefindRootUrl()), { recursive: true });
        await writeFile(join(site, searchBundlesUrl()), `${JSON.stringify(hidden.length > 0 ? { ...manifest, hidden } : manifest)}\n`);
        const seconds = ((performance.now() - started) / 1000).toFixed(2);
        const rendering = LOCALES.filter((locale) => whileRendering.has(locale));
        logger.info(
          `Indexed ${pages} pages into ${pagefindRootUrl().slice(1)} in ${seconds}s (${bundles} search bundles, ${reused} unchanged and copied from the cache)` +
            (rendering.length ? `; ${rendering.join(', ')} indexed while pages rendered` : ''),
        );
        // The benchmark and tests read this line too: which languages were indexed as their last full index and a delta.
        if (deltas.length > 0) logger.info(`Search deltas (changes since the last full index): ${deltas.join('; ')}`);
      },
    },
  };
}
