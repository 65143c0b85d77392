import { unquoteHan } from '../han';
import { htmlLang, type Locale } from '../../core/language/locales';
import { expandQuery, type GlossaryTerm, type QueryExpansion } from '../queryExpansion';
import { glossaryScore } from '../glossaryResult';
import { GLOSSARY_KIND } from '../searchFields';
import { dataOnce } from '../dataOnce';
import { mergeResults } from '../searchMerge';
import { pagefindFilters, type SearchState } from '../searchParams';
import { warmUpWordSegmenter } from '../wordSegmenter';
import { glossaryDataUrl } from '../../core/links/urls';
import { loadInBatches } from './loadInBatches';
import { pagefindInstance, type PagefindData, type PagefindResult } from './pagefind';
import { underBase } from './underBase';
import { toSimplified, toSimplifiedNow } from './toSimplified';
import { mayConvert } from './traditionalQuery';

let glossary: Promise<GlossaryTerm[]> | undefined;

/** The glossary, fetched once; search still works without it. */
function loadGlossary(): Promise<GlossaryTerm[]> {
  glossary ??= fetch(underBase(glossaryDataUrl()))
    .then((response) => (response.ok ? (response.json() as Promise<GlossaryTerm[]>) : []))
    .catch(() => []);
  return glossary;
}

export interface SearchOutcome {
  /** The query after Traditional → Simplified conversion, when that changed it. */
  converted?: string;
  expanded: QueryExpansion['expanded'];
  total: number;
  /** The data of the first `limit` results, in order: a first few as soon as they are loaded, then the rest. */
  results: AsyncGenerator<PagefindData[], void, undefined>;
}

/** Whether this page has sent Pagefind a search yet. */
let searched = false;

/** Starts loading the index and the glossary (OpenCC's tables wait for a query in Traditional characters). */
export async function preloadSearch(locale: Locale): Promise<void> {
  const loading = Promise.all([warmUpIndex(locale), loadGlossary()]);
  // Every query is first checked for Traditional characters: the set of them is unpacked now, while
  // Pagefind's files load, rather than in the reader's first search (a few milliseconds on a slow machine).
  mayConvert('');
  await loading;
}

/**
 * Loads the index, then runs Pagefind's search code once while the reader is still
 * typing, unless they have searched already. Pagefind's WebAssembly starts out in the
 * browser's quick first-tier code and is optimised only after it has run a while, so
 * the first search after a page load took 2-3 times as long as the next ones. The
 * warm-up asks for every page with no words: no index chunk to fetch and no page's data
 * loaded, but Pagefind's loop over the matching pages and its result list run over the
 * whole index, as a common word's search will (no filter is loaded for it: the glossary
 * pages' ids, asked for next, load the kind filter every search needs). Measured at
 * 10,000 articles (BENCHMARKS.md), the first search for 稳定币, which matches 4,853
 * pages, ran in 79 ms instead of 113 ms after this warm-up of 27 ms, where a warm-up
 * over the glossary pages alone left it as slow as without one.
 */
async function warmUpIndex(locale: Locale): Promise<void> {
  const loading = pagefindInstance(locale, false);
  // While Pagefind's files load: the query is segmented the same way, in the page's language.
  warmUpWordSegmenter(htmlLang(locale));
  const instance = await loading;
  // Resolves once the index has loaded.
  await instance.preload('');
  if (searched) return;
  searched = true;
  await instance.search(null, {});
  await glossaryPageIds(instance);
}

type Instance = Awaited<ReturnType<typeof pagefindInstance>>;
const glossaryPages = new WeakMap<Instance, Promise<Set<string>>>();

/**
 * The ids of an instance's glossary pages, asked for once: a search by the glossary filter alone,
 * with no words, is one short list. A search by relevance picks its glossary pages out of its own
 * results with them (a page's score does not depend on the filters), instead of searching again
 * with the glossary filter: at 10,000 articles that second search took 20-24 ms of a Chinese query.
 */
function glossaryPageIds(instance: Instance): Promise<Set<string>> {
  let ids = glossaryPages.get(instance);
  if (!ids) {
    ids = instance.search(null, { filters: { kind: [GLOSSARY_KIND] } }).then((answer) => new Set((answer?.results ?? []).map((r) => r.id)));
    // A failed list is asked for again by the next search.
    ids.catch(() => glossaryPages.delete(instance));
    glossaryPages.set(instance, ids);
  }
  return ids;
}

/**
 * Loads the index chunks a query will need, without searching: for a query typed
 * while an earlier search is still running.
 */
export async function preloadQuery(locale: Locale, state: SearchState): Promise<void> {
  const query = (mayConvert(state.query) ? toSimplifiedNow(state.query) : undefined) ?? state.query;
  if (!query.trim()) return;
  const instance = await pagefindInstance(locale, state.all);
  await instance.preload(query, { filters: pagefindFilters(state.filters) });
}

/**
 * Runs a search: converts Traditional characters, expands glossary terms, runs
 * each resulting query and merges them; the results' data loads as it is read,
 * `firstBatch` of them first.
 */
export async function searchArticles(locale: Locale, state: SearchState, limit: number, firstBatch: number): Promise<SearchOutcome> {
  const search = (simplified: string) => searchSimplified(locale, state, simplified, limit, firstBatch);
  if (!mayConvert(state.query)) return search(state.query);
  const now = toSimplifiedNow(state.query);
  if (now !== undefined) return search(now);
  // The converter is still loading: the query as typed is searched meanwhile (it may hold
  // Simplified words too), and searched again only if converting changes it.
  const asTyped = search(state.query);
  // Its failure matters only if it is the answer, and then it reaches the caller below.
  asTyped.catch(() => undefined);
  const simplified = await toSimplified(state.query);
  return simplified === state.query ? asTyped : search(simplified);
}

async function searchSimplified(
  locale: Locale,
  state: SearchState,
  simplified: string,
  limit: number,
  firstBatch: number,
): Promise<SearchOutcome> {
  const outcome = await runQueries(locale, state, simplified, limit, firstBatch);
  const unquoted = unquoteHan(simplified);
  if (outcome.total > 0 || unquoted === simplified) return outcome;
  return runQueries(locale, state, unquoted, limit, firstBatch);
}

/**
 * The glossary pages each query found, scored by the term each shows (glossaryScore). Pagefind keeps
 * one data object per page and rewrites its matches on every `data()` call, whichever search it
 * belongs to: the pages are loaded one at a time, and each query's data copied as it arrives.
 */
async function scoredGlossary(lists: readonly PagefindResult[][]): Promise<PagefindResult[][]> {
  const scored: PagefindResult[][] = [];
  for (const list of lists) {
    const results: PagefindResult[] = [];
    for (const result of list) {
      const data = structuredClone(await result.data());
      results.push({ id: result.id, score: glossaryScore(result.score, data.sub_results ?? []), data: async () => data });
    }
    scored.push(results);
  }
  return scored;
}

/** Starts loading the data of the first `count` results that are not glossary pages; a failure shows when the data is read. */
async function prefetchData(results: Promise<PagefindResult[]>, glossary: Promise<PagefindResult[]>, count: number): Promise<void> {
  try {
    const glossaryIds = new Set((await glossary).map((r) => r.id));
    const articles = (await results).filter((r) => !glossaryIds.has(r.id)).slice(0, count);
    await Promise.all(articles.map((r) => r.data()));
  } catch {
    // The search's own reading of the data reports it.
  }
}

async function runQueries(
  locale: Locale,
  state: SearchState,
  simplified: string,
  limit: number,
  firstBatch: number,
): Promise<SearchOutcome> {
  const terms = loadGlossary();
  const converted = simplified !== state.query ? simplified : undefined;
  const filters = pagefindFilters(state.filters);
  const hasFilters = Object.keys(filters).length > 0;
  // The query itself is the first of the expanded queries (expandQuery normalises its spaces the same way).
  const original = simplified.trim().replace(/\s+/g, ' ');
  if (!original && !hasFilters) return { converted, expanded: [], total: 0, results: loadInBatches([], 0, async () => []) };

  const instance = await pagefindInstance(locale, state.all);
  const sort = state.sort === 'date' ? { date: 'desc' } : undefined;
  searched = true;
  // Each result's data is worked out once: its first few start loading ahead of the merge, and are read again to be shown.
  const search = (term: string | null) =>
    instance.search(term, { filters, sort }).then((response) => (response?.results ?? []).map((result) => dataOnce(result)));
  // The glossary pages apart, each scored to fit the one term it shows (glossaryScore). By relevance
  // they are among the query's own results; by date Pagefind leaves a page without a date out, so
  // they are searched on their own, unsorted.
  const glossaryFilters = !state.filters.kind || state.filters.kind === GLOSSARY_KIND ? { ...filters, kind: [GLOSSARY_KIND] } : undefined;
  const glossarySearch = async (term: string | null, results: Promise<PagefindResult[]>): Promise<PagefindResult[]> => {
    if (!glossaryFilters) return [];
    if (sort) return (await instance.search(term, { filters: glossaryFilters }))?.results ?? [];
    const [ids, found] = await Promise.all([glossaryPageIds(instance), results]);
    return found.filter((result) => ids.has(result.id));
  };
  // Searched at once: the glossary only adds variants, so the search need not wait for its fetch.
  const first = search(original || null);
  const firstGlossary = glossarySearch(original || null, first);
  // The query's own best articles are nearly always the first shown: their data starts loading now,
  // while the variants and the glossary pages are searched and scored (Pagefind keeps the fragments it
  // fetched). Glossary pages are left to scoredGlossary, which reads their data one at a time.
  if (!sort) void prefetchData(first, firstGlossary, firstBatch);
  const { queries, expanded } = original ? expandQuery(original, await terms) : { queries: [], expanded: [] };
  const variantLists = queries.slice(1).map((variant) => [variant, search(variant)] as const);
  const [lists, glossaryHits] = await Promise.all([
    Promise.all([first, ...variantLists.map(([, list]) => list)]),
    Promise.all([firstGlossary, ...variantLists.map(([variant, list]) => glossarySearch(variant, list))]),
  ]);
  const glossaryLists = await scoredGlossary(glossaryHits);
  const glossaryIds = new Set(glossaryLists.flat().map((r) => r.id));
  const merged = mergeResults([...lists.map((list) => list.filter((r) => !glossaryIds.has(r.id))), ...glossaryLists]);
  const load = (results: PagefindResult[]) => Promise.all(results.map((r) => r.data()));
  if (!sort) return { converted, expanded, total: merged.length, results: loadInBatches(merged.slice(0, limit), firstBatch, load) };
  // By date, every variant's (and every language's) results are interleaved by date, so load more and sort.
  const byDate = async (results: PagefindResult[]) =>
    (await load(results)).sort((a, b) => (b.meta.date ?? '').localeCompare(a.meta.date ?? '')).slice(0, limit);
  return { converted, expanded, total: merged.length, results: loadInBatches(merged.slice(0, Math.max(limit, 100)), Infinity, byDate) };
}
