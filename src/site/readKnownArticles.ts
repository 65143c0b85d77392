import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { isPublished } from '../core/published';
import type { KnownArticle } from '../core/resolveArticleLink';
import { parseArticlePath } from '../core/slugs';

/**
 * Every article file under `<contentDir>/articles/<locale>/`, with its title
 * and draft state, sorted by path. Read once per build (in astro.config.mjs)
 * for the link resolver; files that break the naming rules are left to the
 * content collection, which reports them.
 * @example readKnownArticles('./content') => [{ locale: 'en', slug: 'welcome', draft: false, title: 'Welcome' }, …]
 */
export function readKnownArticles(contentDir: string): KnownArticle[] {
  const root = join(contentDir, 'articles');
  let files: string[];
  try {
    files = readdirSync(root, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  const articles: KnownArticle[] = [];
  for (const path of files.map((f) => f.replace(/\\/g, '/')).filter((f) => /\.mdx?$/.test(f)).sort()) {
    const key = parseArticlePath(path);
    if ('error' in key) continue;
    let data: { draft?: unknown; title?: unknown } = {};
    try {
      data = parseFrontmatter(readFileSync(join(root, path), 'utf8')).frontmatter;
    } catch {
      // Broken frontmatter: the content collection names the file and the problem.
    }
    articles.push({
      ...key,
      draft: !isPublished({ draft: data.draft === true }),
      title: typeof data.title === 'string' ? data.title : undefined,
    });
  }
  return articles;
}
