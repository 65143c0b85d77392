import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { bodyLineOffset } from '../lib/bodyLineOffset';
import { articleSet, type KnownArticle } from '../lib/resolveArticleLink';
import { parseArticlePath } from '../lib/slugs';
import { rewriteArticleLinks } from './rewriteArticleLinks';

export interface ArticleLinksOptions {
  /** Every article file of the build (see readKnownArticles), read once when the config loads. */
  articles: readonly KnownArticle[];
  /** The folder holding `<locale>/<slug>.md`, to tell which article a file is. */
  articlesDir: string;
}

/**
 * Resolves wikilinks and relative links to article files into links to the
 * article pages (see src/lib/resolveArticleLink.ts). A link to a missing
 * article throws an error naming the file and line. Drafts may hold broken
 * links: they are never published.
 *
 * The article list is an option on purpose: Astro hashes its config, so a new,
 * removed or (un)drafted article clears the content cache and every page that
 * links to it is rendered again.
 */
export const remarkArticleLinks: Plugin<[ArticleLinksOptions], Root> = function (options) {
  const articles = articleSet(options.articles);
  const root = resolve(options.articlesDir);
  return (tree, file) => {
    if (!file.path) return;
    const key = parseArticlePath(relative(root, file.path));
    if ('error' in key) return;
    const found = rewriteArticleLinks(tree, key, articles);
    const broken = found.filter((f) => !f.resolution.ok);
    const frontmatter = (file.data as { astro?: { frontmatter?: { draft?: boolean } } }).astro?.frontmatter;
    if (broken.length === 0 || frontmatter?.draft) return;
    let offset = 0;
    try {
      offset = bodyLineOffset(readFileSync(file.path, 'utf8'), String(file.value));
    } catch {
      // The file is gone or unreadable: report lines of the body.
    }
    const inProject = relative(process.cwd(), file.path);
    const where = inProject.startsWith('..') ? file.path : inProject;
    const lines = broken.map((f) => `${where}:${f.line + offset}:${f.column}: broken link ${f.resolution.ok ? '' : f.resolution.error}`);
    throw new Error(`Broken links between articles:\n${lines.join('\n')}`);
  };
};
