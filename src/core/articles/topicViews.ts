import { topicIds, type ArticleEntryLike, type ArticleView } from './articleIndex';

/**
 * The articles on a topic as a reader sees them: those in the reader's
 * language first, then those that exist only in another language (shown as
 * fallbacks, marked with their language); each group keeps the listing's
 * order (newest first).
 * @example topicViews([zhOnlyNew, ownOld], 'cbdc') => [ownOld, zhOnlyNew]
 */
export function topicViews<E extends ArticleEntryLike>(listing: readonly ArticleView<E>[], topic: string): ArticleView<E>[] {
  const views = listing.filter((v) => topicIds(v.article.entry).includes(topic));
  return [...views.filter((v) => !v.isFallback), ...views.filter((v) => v.isFallback)];
}

/**
 * `topicViews` of every topic of a listing at once, in one pass over it (rather than one pass
 * per topic): topic id => its articles, in the reader's language first. A topic no article
 * of the listing names is absent.
 * @example viewsByTopic([zhOnlyNew, ownOld]).get('cbdc') => [ownOld, zhOnlyNew]
 */
export function viewsByTopic<E extends ArticleEntryLike>(listing: readonly ArticleView<E>[]): Map<string, ArticleView<E>[]> {
  const own = new Map<string, ArticleView<E>[]>();
  const fallbacks = new Map<string, ArticleView<E>[]>();
  for (const view of listing) {
    const groups = view.isFallback ? fallbacks : own;
    for (const topic of new Set(topicIds(view.article.entry))) {
      const views = groups.get(topic);
      if (views) views.push(view);
      else groups.set(topic, [view]);
    }
  }
  const byTopic = new Map<string, ArticleView<E>[]>();
  for (const topic of new Set([...own.keys(), ...fallbacks.keys()])) {
    byTopic.set(topic, [...(own.get(topic) ?? []), ...(fallbacks.get(topic) ?? [])]);
  }
  return byTopic;
}
