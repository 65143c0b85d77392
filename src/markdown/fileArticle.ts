import { relative } from 'node:path';
import { parseArticlePath, type ArticleKey } from '../core/links/slugs';

/**
 * The article a file is, from its path under the articles folder: the one its
 * links resolve from. Undefined for any other file, whose links are left alone.
 * @example fileArticle('/kb/articles/en/a.md', '/kb/articles') => { locale: 'en', slug: 'a' }
 */
export function fileArticle(path: string, articlesDir: string): ArticleKey | undefined {
  const key = parseArticlePath(relative(articlesDir, path));
  return 'error' in key ? undefined : key;
}
