import { isLocale, LOCALES, type Locale } from '../core/language/locales';
import { pagefindRootUrl, pagefindUrl } from '../core/links/urls';

/**
 * How many indexed pages of each language one Pagefind run (one bundle) holds at
 * most. Pagefind keeps every page of a run in memory, and its memory per page
 * depends on the language: about 0.55 MB per Chinese page of the benchmark's corpus
 * and 0.25 MB per English one (BENCHMARKS.md, issue 12), so each limit stays near
 * 8 GB. A language with more pages is split into bundles that the browser searches
 * together; fewer bundles make a faster first search (each bundle is one more entry
 * file, metadata file and set of index chunks to fetch), so the limits are as high
 * as memory allows. `ZHIKU_SEARCH_BUNDLE_PAGES` sets one limit for every language
 * (tests use a small one).
 */
export const BUNDLE_PAGES: Readonly<Record<Locale, number>> = { en: 30_000, zh: 15_000 };

/** What one Pagefind run holds in memory per indexed page of each language, in MB (measured as BUNDLE_PAGES says). */
export const PAGE_MEMORY_MB: Readonly<Record<Locale, number>> = { en: 0.25, zh: 0.55 };

/**
 * How much memory the Pagefind runs going on at once may hold together, in MB: what the largest
 * single run holds (a full bundle of one language). Runs of different languages share it, so a
 * 10,000-article site indexes both languages side by side, and a site whose bundles are full
 * indexes them one after the other, as before.
 */
export const INDEXING_MEMORY_MB = Math.max(...LOCALES.map((locale) => BUNDLE_PAGES[locale] * PAGE_MEMORY_MB[locale]));

/**
 * The search bundles of a built site, by language, each language's first bundle
 * first: what `/pagefind/bundles.json` holds and the browser reads. A language
 * without indexed pages has no entry.
 */
export type SearchBundles = Partial<Record<Locale, string[]>>;

/** The manifest of the search bundles. @example searchBundlesUrl() => '/pagefind/bundles.json' */
export function searchBundlesUrl(): string {
  return `${pagefindRootUrl()}bundles.json`;
}

/**
 * The folder of a language's n-th bundle (counting from 0): the first is the
 * language's own folder, the others are numbered from 2.
 * @example bundleUrl('zh', 0) => '/pagefind/zh/'; bundleUrl('zh', 1) => '/pagefind/zh-2/'
 */
export function bundleUrl(locale: Locale, n: number): string {
  return n === 0 ? pagefindUrl(locale) : `${pagefindRootUrl()}${locale}-${n + 1}/`;
}

/**
 * How many bundles a language of `pages` indexed pages is split into.
 * @example bundleCount(15_000, 15_000) => 1; bundleCount(15_001, 15_000) => 2; bundleCount(0, 15_000) => 1
 */
export function bundleCount(pages: number, perBundle: number): number {
  if (!Number.isInteger(perBundle) || perBundle < 1)
    throw new Error(`Pages per search bundle must be a whole number of at least 1, not ${perBundle}.`);
  return Math.max(1, Math.ceil(pages / perBundle));
}

/**
 * A language's limit of pages per bundle: `ZHIKU_SEARCH_BUNDLE_PAGES` when set, else BUNDLE_PAGES.
 * @example bundlePagesSetting('zh', '200') => 200; bundlePagesSetting('zh', undefined) => 15000
 */
export function bundlePagesSetting(locale: Locale, value: string | undefined): number {
  if (value === undefined || value === '') return BUNDLE_PAGES[locale];
  const pages = Number(value);
  if (!Number.isInteger(pages) || pages < 1) {
    throw new Error(`ZHIKU_SEARCH_BUNDLE_PAGES must be a whole number of pages of at least 1, not "${value}".`);
  }
  return pages;
}

/** A 32-bit FNV-1a hash of a string's UTF-16 code units: stable across runs and machines. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * Which of a language's bundles indexes a page, by its path in the built site. An
 * article goes by its slug, so it stays in its bundle as long as the number of
 * bundles stays the same (an edit then re-indexes that bundle alone), and an article
 * and its translation take the same number in their languages. Everything else
 * (the glossary page) is in the first bundle.
 * @example bundleOf('zh/glossary/index.html', 3) => 0
 * @example bundleOf('en/articles/a/index.html', 1) => 0
 */
export function bundleOf(path: string, count: number): number {
  const article = /^[^/]+\/articles\/([^/]+)\//.exec(path);
  return article ? fnv1a(article[1]!) % count : 0;
}

/**
 * Splits a language's indexed pages (paths in the built site) into its bundles,
 * each list sorted, the first bundle first.
 * @example planBundles(['en/articles/b/index.html', 'en/glossary/index.html'], 10) => [['en/articles/b/index.html', 'en/glossary/index.html']]
 */
export function planBundles(paths: readonly string[], perBundle: number): string[][] {
  const count = bundleCount(paths.length, perBundle);
  const bundles: string[][] = Array.from({ length: count }, () => []);
  for (const path of [...paths].sort()) bundles[bundleOf(path, count)]!.push(path);
  return bundles;
}

/**
 * Reads a manifest the browser fetched, keeping only languages it knows and
 * bundle folders under /pagefind/ (a delta bundle too, search/searchDelta.ts); anything else is dropped, not followed.
 * @example parseSearchBundles({ en: ['/pagefind/en/'], xx: ['/a/'] }) => { en: ['/pagefind/en/'] }
 */
export function parseSearchBundles(value: unknown): SearchBundles {
  const bundles: SearchBundles = {};
  if (typeof value !== 'object' || value === null) return bundles;
  for (const [locale, urls] of Object.entries(value)) {
    if (!isLocale(locale) || !Array.isArray(urls)) continue;
    const valid = urls.filter((url): url is string => typeof url === 'string' && /^\/pagefind\/[a-z]+(?:-\d+|-delta)?\/$/.test(url));
    if (valid.length > 0) bundles[locale] = valid;
  }
  return bundles;
}

/**
 * The bundles a search merges into the reader's language's first bundle: the
 * language's other bundles, then (`all`) every bundle of the other languages.
 * @example bundlesToMerge({ en: ['/pagefind/en/'], zh: ['/pagefind/zh/', '/pagefind/zh-2/'] }, 'zh', true) => [{ locale: 'zh', url: '/pagefind/zh-2/' }, { locale: 'en', url: '/pagefind/en/' }]
 */
export function bundlesToMerge(bundles: SearchBundles, locale: Locale, all: boolean): { locale: Locale; url: string }[] {
  const own = (bundles[locale] ?? []).slice(1).map((url) => ({ locale, url }));
  if (!all) return own;
  const others = LOCALES.filter((other) => other !== locale).flatMap((other) =>
    (bundles[other] ?? []).map((url) => ({ locale: other, url })),
  );
  return [...own, ...others];
}
