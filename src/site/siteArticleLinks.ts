import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { articleFacts, knownArticles } from '../core/articleFacts';
import type { KnownArticle } from '../core/resolveArticleLink';
import type { ArticleLinksOptions } from '../markdown/articleLinksPlugin';
import { readContentFolder, type ContentFolder } from './contentFolder';

/**
 * The link options of each content folder, shared by every module graph of the
 * process: Astro loads astro.config.mjs and content.config.ts (the article
 * loader) apart, and both need the folder's article list, which is read once.
 */
const SHARED = Symbol.for('zhiku.siteArticleLinks');
const read: Map<string, ArticleLinksOptions> = ((globalThis as Record<symbol, unknown>)[SHARED] ??= new Map()) as Map<
  string,
  ArticleLinksOptions
>;

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
 * (entryBodyFacts), and so does the article loader's digest (articleLoader):
 * they get the list astro.config.mjs made, or read the folder on first use,
 * once per folder.
 * @example markdownProcessorOptions(siteArticleLinks('./content', readContentFolder('./content')))
 */
export function siteArticleLinks(contentDir: string, content?: ContentFolder): ArticleLinksOptions {
  const articlesDir = `${contentDir}/articles`;
  const key = resolve(contentDir);
  if (content) {
    const texts = new Map(content.articles.map((a) => [resolve(articlesDir, a.path), a.text]));
    const links: ArticleLinksOptions = {
      articles: knownArticles(articleFacts(content)),
      articlesDir,
      fileText: (path) => texts.get(resolve(path)) ?? fileText(path),
      shownPath,
    };
    read.set(key, links);
    return links;
  }
  let links = read.get(key);
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
    read.set(key, links);
  }
  return links;
}
