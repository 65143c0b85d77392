import { isLocale, type Locale } from '../core/language/locales';
import { pagefindRootUrl } from '../core/links/urls';

/**
 * A republish indexes only what changed. A language's search bundles stay as the last full
 * index left them (the *base*), the pages added or changed since are indexed into one small
 * bundle of their own (the *delta*, `/pagefind/<lang>-delta/`), which the browser merges like any
 * other bundle, and the base's copies of changed and removed pages are *hidden*: listed by their
 * Pagefind id in `/pagefind/bundles.json`, and dropped from every answer. The delta is always
 * taken against the base, so it grows with the edits since the last full index; past
 * DELTA_PAGES pages the language is indexed again in full (compacted), and the delta goes.
 */

/**
 * The most pages a language's delta holds before the language is indexed again in full.
 * Each delta page is one more page the base's scores do not count, and the delta is one
 * more bundle every search loads, so the limit stays small.
 * `ZHIKU_SEARCH_DELTA_PAGES` sets another (0: always index in full, as a clean build does).
 */
export const DELTA_PAGES = 200;

/**
 * The delta bundle of a language.
 * @example deltaBundleUrl('en') => '/pagefind/en-delta/'
 */
export function deltaBundleUrl(locale: Locale): string {
  return `${pagefindRootUrl()}${locale}-delta/`;
}

/**
 * The delta limit: `ZHIKU_SEARCH_DELTA_PAGES` when set, else DELTA_PAGES.
 * @example deltaPagesSetting('0') => 0; deltaPagesSetting(undefined) => 200
 */
export function deltaPagesSetting(value: string | undefined): number {
  if (value === undefined || value === '') return DELTA_PAGES;
  const pages = Number(value);
  if (!Number.isInteger(pages) || pages < 0) {
    throw new Error(`ZHIKU_SEARCH_DELTA_PAGES must be a whole number of pages (0 or more), not "${value}".`);
  }
  return pages;
}

/**
 * The URL Pagefind gives a page, from its path in the built site.
 * @example indexedPageUrl('en/articles/a/index.html') => '/en/articles/a/'; indexedPageUrl('zh/glossary/index.html') => '/zh/glossary/'
 */
export function indexedPageUrl(path: string): string {
  return `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * What changed in a language's pages since its base: paths added or whose bytes differ
 * (to index into the delta) and paths the base has that are gone. Both sorted.
 * @example pageChanges(new Map([['a', '1'], ['b', '2']]), new Map([['a', '1'], ['b', '3'], ['c', '4']])) => { changed: ['b', 'c'], removed: [] }
 */
export function pageChanges(
  base: ReadonlyMap<string, string>,
  current: ReadonlyMap<string, string>,
): { changed: string[]; removed: string[] } {
  const changed = [...current].filter(([path, digest]) => base.get(path) !== digest).map(([path]) => path);
  const removed = [...base.keys()].filter((path) => !current.has(path));
  return { changed: changed.sort(), removed: removed.sort() };
}

/** One page of a Pagefind bundle: its id (the name of its fragment file) and its URL. */
export interface BundlePage {
  id: string;
  url: string;
  /** The fragment's bytes, or a digest of them: two pages with equal `fragment` show the same. */
  fragment: string;
}

/** The URL at the start of a fragment's JSON, as Pagefind writes it (`{"url":"…",`); undefined when it does not begin so. */
export function leadingUrl(json: string): string | undefined {
  const lead = /^\{"url":("(?:[^"\\]|\\.)*")/.exec(json);
  return lead ? (JSON.parse(lead[1]!) as string) : undefined;
}

/**
 * The URL a Pagefind fragment is for, from its JSON (what follows the `pagefind_dcd` signature). Pagefind
 * writes the `url` first: only that string is parsed, not the page's whole text (a bundle's 5,000 fragments
 * hold ~50 MB of JSON). A fragment that does not begin so is parsed whole.
 * @example fragmentUrl('{"url":"/en/a/","content":"A text."}') => '/en/a/'
 */
export function fragmentUrl(json: string): string {
  return leadingUrl(json) ?? (JSON.parse(json) as { url: string }).url;
}

/**
 * The Pagefind ids the browser must drop for a delta to stand in for its base: the base's
 * copies of changed and removed pages (`stale`, the URLs of base pages), unless the delta holds the same page
 * with the same id and the same fragment (then it is not stale, and the browser keeps one of the
 * two). `undefined` when a stale page has no fragment of its own in the base, or when ids collide, which only a full index can settle: a stale id that names
 * another page in the bundles kept (hiding it would hide that page too), or a delta id that names
 * another page in them (the browser would keep only one).
 * @example hiddenPages([{ id: 'en_1', url: '/a/', fragment: 'x' }, { id: 'en_2', url: '/b/', fragment: 'y' }], [{ id: 'en_3', url: '/a/', fragment: 'z' }], ['/a/']) => ['en_1']
 */
export function hiddenPages(base: readonly BundlePage[], delta: readonly BundlePage[], stale: readonly string[]): string[] | undefined {
  const staleUrls = new Set(stale);
  const deltaById = new Map(delta.map((page) => [page.id, page]));
  const keptIds = new Set(base.filter((page) => !staleUrls.has(page.url)).map((page) => page.id));
  const hidden: string[] = [];
  const staleBase = base.filter((page) => staleUrls.has(page.url));
  // Pagefind stores pages of the same text as one fragment, under one URL: another's copy could not be found.
  if (new Set(staleBase.map((page) => page.url)).size !== staleUrls.size) return undefined;
  for (const page of staleBase) {
    if (keptIds.has(page.id)) return undefined;
    const same = deltaById.get(page.id);
    if (same === undefined) hidden.push(page.id);
    else if (same.url !== page.url || same.fragment !== page.fragment) return undefined;
  }
  if (delta.some((page) => keptIds.has(page.id))) return undefined;
  return hidden.sort();
}

/**
 * Reads the hidden ids of a manifest the browser fetched (`hidden`): Pagefind ids of a known
 * language (`en_…`, `zh-cn_…`); anything else is dropped.
 * @example parseHiddenPages({ en: ['/pagefind/en/'], hidden: ['en_3f9a0c1', '<x>'] }) => ['en_3f9a0c1']
 */
export function parseHiddenPages(value: unknown): string[] {
  if (typeof value !== 'object' || value === null) return [];
  const hidden = (value as { hidden?: unknown }).hidden;
  if (!Array.isArray(hidden)) return [];
  return hidden.filter(
    (id): id is string => typeof id === 'string' && /^[a-z]+(?:-[a-z]+)?_[0-9a-f]+$/.test(id) && isLocale(id.split(/[-_]/)[0]!),
  );
}

/**
 * The results of a search without the hidden pages, and each page once (a page whose delta
 * copy is the same as its base's is in both bundles): the first of equal ids, in the order given.
 * @example visibleResults([{ id: 'en_1' }, { id: 'en_2' }, { id: 'en_2' }], new Set(['en_1'])) => [{ id: 'en_2' }]
 */
export function visibleResults<T extends { id: string }>(results: readonly T[], hidden: ReadonlySet<string>): T[] {
  const seen = new Set<string>();
  return results.filter((result) => {
    if (hidden.has(result.id) || seen.has(result.id)) return false;
    seen.add(result.id);
    return true;
  });
}
