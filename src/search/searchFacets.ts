/** The fields of an article the search page's filter menus are made from. */
export interface FacetSource {
  date: Date;
  kind: string;
  source?: { name: string };
}

/**
 * The choices of the year, source and kind filters: every value some article has,
 * years newest first, sources alphabetically.
 * @example searchFacets([{ date: new Date('2019-11-18'), kind: 'brief', source: { name: 'Reuters' } }])
 *   => { years: ['2019'], sources: ['Reuters'], kinds: ['brief'] }
 */
export function searchFacets(articles: readonly FacetSource[]): { years: string[]; sources: string[]; kinds: string[] } {
  const years = new Set<string>();
  const sources = new Set<string>();
  const kinds = new Set<string>();
  for (const a of articles) {
    years.add(String(a.date.getUTCFullYear()));
    if (a.source) sources.add(a.source.name);
    kinds.add(a.kind);
  }
  return {
    years: [...years].sort().reverse(),
    sources: [...sources].sort((a, b) => a.localeCompare(b)),
    kinds: [...kinds].sort(),
  };
}
