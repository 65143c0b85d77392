/**
 * Ranks the articles related to each article by the topics they share.
 * Built once per build: `topicsBySlug` lists every article's topics, newest
 * article first; ties keep that order, so newer articles come first.
 * @example relatedArticles(new Map([['a', ['x', 'y']], ['b', ['x']], ['c', ['x', 'y']], ['d', []]]))('a') => ['c', 'b']
 */
export function relatedArticles(
  topicsBySlug: ReadonlyMap<string, readonly string[]>,
  limit = RELATED_MAX,
): (slug: string) => string[] {
  const order = new Map([...topicsBySlug.keys()].map((slug, i) => [slug, i]));
  const byTopic = new Map<string, string[]>();
  for (const [slug, topics] of topicsBySlug) {
    for (const topic of new Set(topics)) {
      const slugs = byTopic.get(topic) ?? [];
      slugs.push(slug);
      byTopic.set(topic, slugs);
    }
  }
  return (slug) => {
    const shared = new Map<string, number>();
    for (const topic of new Set(topicsBySlug.get(slug) ?? [])) {
      for (const other of byTopic.get(topic) ?? []) {
        if (other !== slug) shared.set(other, (shared.get(other) ?? 0) + 1);
      }
    }
    return [...shared]
      .sort(([a, x], [b, y]) => y - x || order.get(a)! - order.get(b)!)
      .slice(0, limit)
      .map(([other]) => other);
  };
}

/** Related articles shown under an article: a handful, never the whole topic. */
export const RELATED_MAX = 5;
