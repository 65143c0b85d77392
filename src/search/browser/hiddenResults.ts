import { visibleResults } from '../searchDelta';

interface Searchable<R extends { id: string }> {
  search(term: string | null, options?: object): Promise<{ results: R[] } | null>;
}

/**
 * A Pagefind instance whose answers leave out the pages a search delta replaced or removed
 * (their ids are `hidden` in /pagefind/bundles.json, search/searchDelta.ts), each page once.
 * The instance itself is changed in place, so every caller sees the same answers.
 */
export function hideResults<I extends Searchable<R>, R extends { id: string }>(instance: I, hidden: ReadonlySet<string>): I {
  if (hidden.size === 0) return instance;
  const search = instance.search.bind(instance);
  instance.search = async (term, options) => {
    const answer = await search(term, options);
    return answer && { ...answer, results: visibleResults(answer.results, hidden) };
  };
  return instance;
}
