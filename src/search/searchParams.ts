/** The facets a reader can narrow a search by; the names match the `data-pagefind-filter` keys. */
export const SEARCH_FILTERS = ['topic', 'year', 'source', 'kind'] as const;

export type SearchFilter = (typeof SEARCH_FILTERS)[number];

/** Everything a search page URL says. */
export interface SearchState {
  query: string;
  /** Also search the articles in the other languages. */
  all: boolean;
  filters: Partial<Record<SearchFilter, string>>;
  sort: 'relevance' | 'date';
}

/**
 * Reads a search from a URL's query string (`?q=…&all=1&topic=cbdc&sort=date`).
 * @example readSearchParams('?q=%E7%A8%B3&year=2019') => { query: '稳', all: false, filters: { year: '2019' }, sort: 'relevance' }
 */
export function readSearchParams(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filters: SearchState['filters'] = {};
  for (const name of SEARCH_FILTERS) {
    const value = params.get(name)?.trim();
    if (value) filters[name] = value;
  }
  return {
    query: (params.get('q') ?? '').trim(),
    all: params.get('all') === '1',
    filters,
    sort: params.get('sort') === 'date' ? 'date' : 'relevance',
  };
}

/**
 * Whether a search asks for nothing: no words and no filter. Such a search shows
 * no results rather than every article.
 * @example isBlankSearch({ query: '', all: true, filters: {}, sort: 'date' }) => true
 */
export function isBlankSearch(state: Pick<SearchState, 'query' | 'filters'>): boolean {
  return !state.query && Object.keys(state.filters).length === 0;
}

/**
 * Writes a search as a query string, leaving out what is empty or default, so shared links stay short.
 * @example writeSearchParams({ query: 'fatf', all: true, filters: {}, sort: 'relevance' }) => '?q=fatf&all=1'
 */
export function writeSearchParams(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  if (state.all) params.set('all', '1');
  for (const name of SEARCH_FILTERS) {
    const value = state.filters[name];
    if (value) params.set(name, value);
  }
  if (state.sort === 'date') params.set('sort', 'date');
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * Turns the chosen facets into Pagefind's `filters` option.
 * @example pagefindFilters({ topic: 'cbdc' }) => { topic: ['cbdc'] }
 */
export function pagefindFilters(filters: SearchState['filters']): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(filters)
      .filter(([, v]) => v)
      .map(([k, v]) => [k, [v as string]]),
  );
}
