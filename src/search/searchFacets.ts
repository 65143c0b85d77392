/** The fields of an article the search page's year and kind menus are made from. */
export interface FacetSource {
  date: Date;
  kind: string;
}

/**
 * The choices of the year and kind filters: every value some article has, years newest
 * first. The source filter's choices name each source once, in the page's language: sourceNames.ts.
 * @example searchFacets([{ date: new Date('2019-11-18'), kind: 'brief' }]) => { years: ['2019'], kinds: ['brief'] }
 */
export function searchFacets(articles: readonly FacetSource[]): { years: string[]; kinds: string[] } {
  const years = new Set<string>();
  const kinds = new Set<string>();
  for (const a of articles) {
    years.add(String(a.date.getUTCFullYear()));
    kinds.add(a.kind);
  }
  return { years: [...years].sort().reverse(), kinds: [...kinds].sort() };
}
