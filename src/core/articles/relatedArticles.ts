/**
 * Ranks the articles related to each article by the topics they share.
 * Built once per build: `topicsBySlug` lists every article's topics, newest
 * article first; ties keep that order, so newer articles come first.
 * @example relatedArticles(new Map([['a', ['x', 'y']], ['b', ['x']], ['c', ['x', 'y']], ['d', []]]))('a') => ['c', 'b']
 */
export function relatedArticles(topicsBySlug: ReadonlyMap<string, readonly string[]>, limit = RELATED_MAX): (slug: string) => string[] {
  const order = new Map([...topicsBySlug.keys()].map((slug, i) => [slug, i]));
  const byTopic = new Map<string, string[]>();
  for (const [slug, topics] of topicsBySlug) {
    for (const topic of new Set(topics)) {
      const slugs = byTopic.get(topic) ?? [];
      slugs.push(slug);
      byTopic.set(topic, slugs);
    }
  }
  const ranked = new Map<string, string[]>();
  return (slug) => {
    // Asked by the page of the article in every language: rank once.
    let best = ranked.get(slug);
    if (best) return best;
    if (limit <= 0) return [];
    const shared = new Map<string, number>();
    for (const topic of new Set(topicsBySlug.get(slug) ?? [])) {
      for (const other of byTopic.get(topic) ?? []) {
        if (other !== slug) shared.set(other, (shared.get(other) ?? 0) + 1);
      }
    }
    // Keep the best `limit` while counting, instead of sorting every article of a big topic.
    const better = (a: string, x: number, b: string, y: number) => x > y || (x === y && order.get(a)! < order.get(b)!);
    const top: [string, number][] = [];
    for (const [other, count] of shared) {
      if (top.length === limit && !better(other, count, ...top[limit - 1]!)) continue;
      let at = top.length;
      while (at > 0 && better(other, count, ...top[at - 1]!)) at--;
      top.splice(at, 0, [other, count]);
      if (top.length > limit) top.pop();
    }
    best = top.map(([other]) => other);
    ranked.set(slug, best);
    return best;
  };
}

/** Related articles shown under an article: a handful, never the whole topic. */
export const RELATED_MAX = 5;
