import { hasHan, unquoteHan } from '../../lib/han';
import { nativeName, type Locale } from '../../lib/locales';
import { expandQuery, type GlossaryTerm, type QueryExpansion } from '../../lib/queryExpansion';
import { mergeResults } from '../../lib/searchMerge';
import { pagefindFilters, type SearchState } from '../../lib/searchParams';
import { glossaryUrl } from '../../lib/urls';
import { pagefindInstance, type PagefindData } from './pagefind';
import { toSimplified } from './toSimplified';

let glossary: Promise<GlossaryTerm[]> | undefined;

/** The glossary, fetched once; search still works without it. */
function loadGlossary(): Promise<GlossaryTerm[]> {
  glossary ??= fetch(glossaryUrl())
    .then((response) => (response.ok ? (response.json() as Promise<GlossaryTerm[]>) : []))
    .catch(() => []);
  return glossary;
}

export interface SearchOutcome {
  /** The query after Traditional → Simplified conversion, when that changed it. */
  converted?: string;
  expanded: QueryExpansion['expanded'];
  total: number;
  results: PagefindData[];
}

/** Starts loading the index and the glossary (and, for Chinese readers, the Traditional converter). */
export async function preloadSearch(locale: Locale): Promise<void> {
  // Readers whose language is written in Han characters will type them: warm the converter too.
  const han = hasHan(nativeName(locale)) ? toSimplified('') : undefined;
  await Promise.all([pagefindInstance(locale, false), loadGlossary(), han]);
}

/**
 * Runs a search: converts Traditional characters, expands glossary terms, runs
 * each resulting query and merges them, then loads the first `limit` results.
 */
export async function searchArticles(locale: Locale, state: SearchState, limit: number): Promise<SearchOutcome> {
  const simplified = hasHan(state.query) ? await toSimplified(state.query) : state.query;
  const outcome = await runQueries(locale, state, simplified, limit);
  const unquoted = unquoteHan(simplified);
  if (outcome.total > 0 || unquoted === simplified) return outcome;
  return runQueries(locale, state, unquoted, limit);
}

async function runQueries(locale: Locale, state: SearchState, simplified: string, limit: number): Promise<SearchOutcome> {
  const { queries, expanded } = expandQuery(simplified, await loadGlossary());
  const filters = pagefindFilters(state.filters);
  const hasFilters = Object.keys(filters).length > 0;
  const terms: (string | null)[] = queries.length ? queries : hasFilters ? [null] : [];
  const converted = simplified !== state.query ? simplified : undefined;
  if (terms.length === 0) return { converted, expanded, total: 0, results: [] };

  const instance = await pagefindInstance(locale, state.all);
  const sort = state.sort === 'date' ? { date: 'desc' } : undefined;
  const responses = await Promise.all(terms.map((term) => instance.search(term, { filters, sort })));
  const merged = mergeResults(responses.map((r) => r?.results ?? []));
  // By date, every variant's results are interleaved by date, so load more and sort.
  const wanted = sort ? merged.slice(0, Math.max(limit, 100)) : merged.slice(0, limit);
  let results = await Promise.all(wanted.map((r) => r.data()));
  if (sort) results = results.sort((a, b) => (b.meta.date ?? '').localeCompare(a.meta.date ?? '')).slice(0, limit);
  return { converted, expanded, total: merged.length, results };
}
