import type { ArticleSet, LinkSource } from '../core/resolveArticleLink';
import { parseMarkdown } from './parseMarkdown';
import { mayLinkArticles, type FoundArticleLink } from './linkArticles';
import { rewriteArticleLinks } from './rewriteArticleLinks';

/**
 * The links to other articles in a Markdown body, read the same way the
 * page plugin reads them (line numbers are lines of the body).
 * @example extractArticleLinks('See [[pair]].', { locale: 'en', slug: 'a' }, set) => [{ written: '[[pair]]', line: 1, column: 5, resolution: { ok: true, … } }]
 */
export function extractArticleLinks(body: string, from: LinkSource, articles: ArticleSet): FoundArticleLink[] {
  // Most bodies hold no link to an article: skip parsing them.
  if (!mayLinkArticles(body)) return [];
  return rewriteArticleLinks(parseMarkdown(body), from, articles);
}
