import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { articleFacts, knownArticles } from '../core/articleFacts';
import type { KnownArticle } from '../core/resolveArticleLink';
import type { ArticleLinksOptions } from '../markdown/articleLinksPlugin';
import { readContentFolder, type ContentFolder } from './contentFolder';

const read = new Map<string, ArticleLinksOptions>();

function fileText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    // Gone or unreadable: errors give lines of the body.
    return undefined;
  }
}

/** Inside the working folder a relative path, elsewhere (a test's temp folder) the full one. */
function shownPath(path: string): string {
  const inProject = relative(process.cwd(), path);
  return inProject.startsWith('..') ? path : inProject;
}

/**
 * What the Markdown link step needs of a content folder: every article file,
 * the folder they sit in, and a file's text for the lines of error messages.
 * astro.config.mjs gives it the folder it has already read; MDX entries, which
 * the content store does not render, take the same step with it
 * (entryBodyFacts), reading the folder on first use, once per folder.
 * @example markdownProcessorOptions(siteArticleLinks('./content', readContentFolder('./content')))
 */
export function siteArticleLinks(contentDir: string, content?: ContentFolder): ArticleLinksOptions {
  const articlesDir = `${contentDir}/articles`;
  if (content) {
    const texts = new Map(content.articles.map((a) => [resolve(articlesDir, a.path), a.text]));
    return {
      articles: knownArticles(articleFacts(content)),
      articlesDir,
      fileText: (path) => texts.get(resolve(path)) ?? fileText(path),
      shownPath,
    };
  }
  let links = read.get(contentDir);
  if (!links) {
    let articles: readonly KnownArticle[] | undefined;
    links = {
      // Read on first use: a page needs it only for an MDX entry that links to articles.
      get articles() {
        return (articles ??= knownArticles(articleFacts(readContentFolder(contentDir))));
      },
      articlesDir,
      fileText,
      shownPath,
    };
    read.set(contentDir, links);
  }
  return links;
}
