import type { InputValue, Reuse } from '../build/reuse';
import type { ArticleEntryLike, ArticleIndex } from './articleIndex';
import { LOCALES } from '../language/locales';

/**
 * Ranks the articles related to each article by the topics they share.
 * Built once per build: `topicsBySlug` lists every article's topics, newest
 * article first; ties keep that order, so newer articles come first.
 *
 * Articles on the same set of topics have the same ranking but for themselves, so
 * each set of topics is ranked once (its best `limit + 1`, which may hold the
 * article asking) and every article on it takes that ranking without itself: a
 * site has far fewer sets of topics than articles, and ranking one means counting
 * every article of its topics.
 * @example relatedArticles(new Map([['a', ['x', 'y']], ['b', ['x']], ['c', ['x', 'y']], ['d', []]]))('a') => ['c', 'b']
 */
export function relatedArticles(topicsBySlug: ReadonlyMap<string, readonly string[]>, limit = RELATED_MAX): (slug: string) => string[] {
  const slugs = [...topicsBySlug.keys()];
  const order = new Map(slugs.map((slug, i) => [slug, i]));
  /** Each article's topics once each, sorted: the same set of topics is the same list. */
  const topicSets = slugs.map((slug) => [...new Set(topicsBySlug.get(slug))].sort());
  /** topic => the articles on it, as positions in `slugs`, in that order. */
  const byTopic = new Map<string, number[]>();
  topicSets.forEach((topics, i) => {
    for (const topic of topics) {
      const articles = byTopic.get(topic);
      if (articles) articles.push(i);
      else byTopic.set(topic, [i]);
    }
  });
  const shared = new Uint32Array(slugs.length);

  /** The best `count` articles sharing topics with `topics` (any article on them among them), best first. */
  const rank = (topics: readonly string[], count: number): number[] => {
    const touched: number[] = [];
    for (const topic of topics) {
      for (const other of byTopic.get(topic) ?? []) {
        if (shared[other] === 0) touched.push(other);
        shared[other] = shared[other]! + 1;
      }
    }
    // Keep the best `count` while counting, instead of sorting every article of a big topic.
    const better = (a: number, b: number) => shared[a]! > shared[b]! || (shared[a] === shared[b] && a < b);
    const top: number[] = [];
    for (const other of touched) {
      if (top.length === count && !better(other, top[count - 1]!)) continue;
      let at = top.length;
      while (at > 0 && better(other, top[at - 1]!)) at--;
      top.splice(at, 0, other);
      if (top.length > count) top.pop();
    }
    for (const other of touched) shared[other] = 0;
    return top;
  };

  const bySet = new Map<string, number[]>();
  const ranked = new Map<string, string[]>();
  return (slug) => {
    // Asked by the page of the article in every language: rank once.
    let best = ranked.get(slug);
    if (best) return best;
    const at = order.get(slug);
    if (limit <= 0 || at === undefined) return [];
    const topics = topicSets[at]!;
    const set = JSON.stringify(topics);
    let top = bySet.get(set);
    if (!top) bySet.set(set, (top = rank(topics, limit + 1)));
    best = top
      .filter((other) => other !== at)
      .slice(0, limit)
      .map((other) => slugs[other]!);
    ranked.set(slug, best);
    return best;
  };
}

/** Related articles shown under an article: a handful, never the whole topic. */
export const RELATED_MAX = 5;

/**
 * The related-articles ranking of an index: each slug's topics (those of all its versions), newest
 * first. `reuse` gives back an earlier ranking when no slug's place or topics changed, as after an
 * edit of a body or a title in `astro dev`. The ranking is made from the reuse input alone, so the
 * input is its whole key by construction; the loop over every article allocates nothing per article
 * but the input's own values, which keeps it cheap while V8 has not optimised it yet (the first
 * edits of a dev session).
 * @example relatedInIndex(index, MAKE_AFRESH)('fed-rates') => ['cbdc-trial', 'stablecoin-bill']
 */
export function relatedInIndex(index: ArticleIndex<ArticleEntryLike>, reuse: Reuse, limit = RELATED_MAX): (slug: string) => string[] {
  // Everything the ranking reads: the limit, then each slug in order, its number of topics, the topics
  // (every version's, a topic twice when two name it: the ranking counts each once).
  const input: InputValue[] = [limit];
  for (const slug of index.slugs) {
    const group = index.bySlug.get(slug)!;
    input.push(slug, 0);
    const count = input.length - 1;
    for (const locale of LOCALES) {
      const topics = group[locale]?.entry.data.topics;
      if (topics) for (const topic of topics) input.push(typeof topic === 'string' ? topic : topic.id);
    }
    input[count] = input.length - count - 1;
  }
  return reuse('relatedArticles', input, () => relatedArticles(topicsOfInput(input), limit));
}

/** Each slug's topics as relatedInIndex's input lists them, in its order. */
function topicsOfInput(input: readonly InputValue[]): Map<string, string[]> {
  const topicsBySlug = new Map<string, string[]>();
  for (let at = 1; at < input.length;) {
    const slug = input[at] as string;
    const count = input[at + 1] as number;
    topicsBySlug.set(slug, input.slice(at + 2, at + 2 + count) as string[]);
    at += 2 + count;
  }
  return topicsBySlug;
}
