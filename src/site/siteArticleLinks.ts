import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { articleFacts, knownArticles } from '../core/articles/articleFacts';
import type { KnownArticle } from '../core/links/resolveArticleLink';
import type { ArticleLinksOptions } from '../markdown/articleLinksPlugin';
import type { ContentFolder } from './contentFolder';
import { currentContent, setCurrentContent } from './currentContent';

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

/** What links need of one reading of a folder, worked out once per reading. */
interface Reading {
  articles: readonly KnownArticle[];
  texts: ReadonlyMap<string, string>;
}
const readings = new WeakMap<ContentFolder, Reading>();

function reading(contentDir: string): Reading {
  const content = currentContent(contentDir);
  let made = readings.get(content);
  if (!made) {
    const articlesDir = resolve(contentDir, 'articles');
    made = {
      articles: knownArticles(articleFacts(content)),
      texts: new Map(content.articles.map((a) => [resolve(articlesDir, a.path), a.text])),
    };
    readings.set(content, made);
  }
  return made;
}

/**
 * What the Markdown link step needs of a content folder: every article file,
 * the folder they sit in, and a file's text for the lines of error messages.
 * astro.config.mjs gives it the folder it has already read; MDX entries, which
 * the content store does not render, take the same step with it
 * (entryBodyFacts), and so does the article loader's digest (articleLoader).
 * All of them read the folder as currentContent has it: read once, or on first
 * use when no one gave it, and read again file by file in `astro dev`.
 * @example markdownProcessorOptions(siteArticleLinks('./content', readContentFolder('./content')))
 */
export function siteArticleLinks(contentDir: string, content?: ContentFolder): ArticleLinksOptions {
  if (content) setCurrentContent(contentDir, content);
  return {
    // A page needs the list only for an MDX entry that links to articles.
    get articles() {
      return reading(contentDir).articles;
    },
    articlesDir: `${contentDir}/articles`,
    fileText: (path) => reading(contentDir).texts.get(resolve(path)) ?? fileText(path),
    shownPath,
  };
}
