import { readFileSync } from 'node:fs';
import type { KnownArticle } from '../core/resolveArticleLink';
import type { ArticleLinksOptions } from '../markdown/articleLinksPlugin';
import { readKnownArticles } from './readKnownArticles';

const read = new Map<string, ArticleLinksOptions>();

function fileText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    // Gone or unreadable: errors give lines of the body.
    return undefined;
  }
}

/**
 * What the Markdown link step needs of a content folder: every article file,
 * the folder they sit in, and a file's text for the lines of error messages.
 * Read once per folder: astro.config.mjs gives it to the renderer, and MDX
 * entries, which the content store does not render, take the same step with it
 * (entryBodyFacts).
 * @example markdownProcessorOptions(siteArticleLinks('./content'))
 */
export function siteArticleLinks(contentDir: string): ArticleLinksOptions {
  let links = read.get(contentDir);
  if (!links) {
    let articles: readonly KnownArticle[] | undefined;
    links = {
      // Read on first use: a page needs it only for an MDX entry that links to articles.
      get articles() {
        return (articles ??= readKnownArticles(contentDir));
      },
      articlesDir: `${contentDir}/articles`,
      fileText,
    };
    read.set(contentDir, links);
  }
  return links;
}
