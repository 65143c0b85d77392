/** A section of a Pagefind result (a heading with an id and the text under it) with the weights of its matches. */
export interface ScoredSection {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations?: { balanced_score: number }[];
}

const scoreOf = (section: ScoredSection) => (section.weighted_locations ?? []).reduce((sum, l) => sum + l.balanced_score, 0);

/**
 * The terms of a glossary page that a search matched, best first: each term is
 * a heading with its id, so each matching section is one term. A match in the
 * term's heading weighs more than one in another term's definition; ties keep
 * the page's order. Sections without an anchor (the page's own title) are left out.
 * @example glossaryMatches([{ title: 'CBDC', url: '/en/glossary/#cbdc', excerpt: '', weighted_locations: [{ balanced_score: 1 }] },
 *   { title: 'stablecoin', url: '/en/glossary/#stablecoin', excerpt: '', weighted_locations: [{ balanced_score: 7 }] }]).map((s) => s.title) => ['stablecoin', 'CBDC']
 */
export function glossaryMatches<S extends ScoredSection>(sections: readonly S[]): S[] {
  return sections
    .filter((section) => section.url.includes('#'))
    .map((section, i) => ({ section, i, score: scoreOf(section) }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .map(({ section }) => section);
}

/**
 * The score a glossary page deserves as a search result: Pagefind scores the page as a
 * whole, so a query that touches several terms (or words of several definitions) adds
 * their matches up, and the one long page outranks articles for almost any query with a
 * term in it. The result shows one term, so it keeps only that term's share of the score:
 * the page's score times the best term's weight over the weight of every match on the page.
 * @example glossaryScore(6, [{ title: 'Petro', url: '/en/glossary/#petro', excerpt: '', weighted_locations: [{ balanced_score: 1 }] },
 *   { title: 'stablecoin', url: '/en/glossary/#stablecoin', excerpt: '', weighted_locations: [{ balanced_score: 2 }] }]) => 4
 */
export function glossaryScore(score: number, sections: readonly ScoredSection[]): number {
  const total = sections.reduce((sum, section) => sum + scoreOf(section), 0);
  const best = glossaryMatches(sections)[0];
  if (!best || total <= 0) return score;
  return (score * scoreOf(best)) / total;
}
