/** The part of a Pagefind result that merging needs. */
export interface RankedResult {
  id: string;
  score: number;
}

/**
 * Merges the result lists of several queries (the original and its glossary
 * expansions) into one, best score first, each page once.
 * @example mergeResults([[{ id: 'a', score: 1 }], [{ id: 'b', score: 3 }, { id: 'a', score: 2 }]]) => [{ id: 'b', score: 3 }, { id: 'a', score: 2 }]
 */
export function mergeResults<R extends RankedResult>(lists: readonly (readonly R[])[]): R[] {
  const best = new Map<string, R>();
  for (const list of lists) {
    for (const result of list) {
      const seen = best.get(result.id);
      if (!seen || result.score > seen.score) best.set(result.id, result);
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}
