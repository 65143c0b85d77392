import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { articleFacts, knownArticles, linksToItChange } from '../core/articles/articleFacts';
import { articleSet, type ArticleSet, type KnownArticle } from '../core/links/resolveArticleLink';
import type { ArticleLinksOptions } from '../markdown/articleLinksPlugin';
import type { ContentFolder } from './contentFolder';
import { currentContent, setCurrentContent } from './currentContent';
import { processShared } from './processShared';

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
  /** Each file's text by full path, made when an error first asks for lines. */
  texts?: ReadonlyMap<string, string>;
}
/**
 * Each reading's, and the last reading made of each folder. Shared by the module graphs of the
 * process (the article loader's digests, the renderer, the pages' MDX bodies), so that after a
 * saved retitle in `astro dev` the list and its set are made once, not once in each.
 */
const { readings, lastReadings, sets } = processShared('zhiku.siteArticleLinks', () => ({
  readings: new WeakMap<ContentFolder, Reading>(),
  lastReadings: new Map<string, { content: ContentFolder; made: Reading }>(),
  /** The set of each list, made when first asked (readings with the same link facts share their list). */
  sets: new WeakMap<readonly KnownArticle[], ArticleSet>(),
}));

/**
 * Whether two readings of a folder hold the same files with the same facts for links: in
 * `astro dev`, a reading differs from the one before by the file just saved, and an edit of
 * its text alone changes nothing a link shows.
 */
function sameLinkFacts(before: ContentFolder, after: ContentFolder): boolean {
  if (before.articles.length !== after.articles.length) return false;
  return before.articles.every((file, i) => {
    const other = after.articles[i]!;
    return file === other || (file.path === other.path && !linksToItChange(file, other));
  });
}

function reading(contentDir: string): Reading {
  const content = currentContent(contentDir);
  let made = readings.get(content);
  if (!made) {
    const last = lastReadings.get(contentDir);
    // At 10,000 articles, the list costs a tenth of a second to make again after every saved edit.
    const articles = last && sameLinkFacts(last.content, content) ? last.made.articles : knownArticles(articleFacts(content));
    made = { articles };
    readings.set(content, made);
    lastReadings.set(contentDir, { content, made });
  }
  return made;
}

/** A file's text as the reading holds it, by full path. */
function readingText(contentDir: string, path: string): string | undefined {
  const made = reading(contentDir);
  if (!made.texts) {
    const articlesDir = resolve(contentDir, 'articles');
    made.texts = new Map(currentContent(contentDir).articles.map((a) => [resolve(articlesDir, a.path), a.text]));
  }
  return made.texts.get(resolve(path));
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
export function siteArticleLinks(contentDir: string, content?: ContentFolder): ArticleLinksOptions & { readonly articleSet: ArticleSet } {
  if (content) setCurrentContent(contentDir, content);
  return {
    // A page needs the list only for an MDX entry that links to articles.
    get articles() {
      return reading(contentDir).articles;
    },
    get articleSet() {
      const { articles } = reading(contentDir);
      let set = sets.get(articles);
      if (!set) sets.set(articles, (set = articleSet(articles)));
      return set;
    },
    articlesDir: `${contentDir}/articles`,
    fileText: (path) => readingText(contentDir, path) ?? fileText(path),
    shownPath,
  };
}
