import type { ArticleEntryLike, ArticleView } from '../core/articles/articleIndex';
import { topicIds } from '../core/articles/articleIndex';
import type { Locale } from '../core/language/locales';
import { articleText } from './articleText';
import { absoluteUrl, articleUrl } from '../core/links/urls';
import { publicPath } from './publicPath';

/** How many of the newest articles a feed lists. */
export const FEED_SIZE = 50;

export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
  categories: string[];
}

/**
 * The items of a language's feed: the newest articles that really exist in
 * that language (fallback pages are left out, the feed is in one language),
 * each with an absolute link and a summary rather than the full text: the
 * page is the canonical place to read, and a summary needs no MDX rendering.
 * @example feedItems(index.listing('en'), 'https://x.org', (id) => id)[0].link => 'https://x.org/en/articles/…/'
 */
export function feedItems<E extends ArticleEntryLike>(
  views: readonly ArticleView<E>[],
  site: string | URL,
  topicName: (id: string) => string,
  size = FEED_SIZE,
): FeedItem[] {
  return views
    .filter((v) => !v.isFallback)
    .slice(0, size)
    .map(({ article, locale, slug }: { article: ArticleView<E>['article']; locale: Locale; slug: string }) => {
      const entry = article.entry as E & { data: { description?: string } };
      const { data } = entry;
      return {
        title: data.title,
        link: absoluteUrl(publicPath(articleUrl(locale, slug)), site),
        pubDate: data.date,
        // A brief has no text to summarise: its headline stands in.
        description: articleText(entry).longSummary || data.title,
        categories: topicIds(article.entry).map(topicName),
      };
    });
}
