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
