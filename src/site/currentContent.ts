import { relative, resolve, sep } from 'node:path';
import { articlePosition, articleSource, withArticleFile, type ArticleSource } from '../core/content/contentFiles';
import { readArticleFile, readContentFolder, type ContentFolder } from './contentFolder';
import { processShared } from './processShared';

/**
 * The content folder as this process last read it, one per folder, shared by
 * every module graph of the process: Astro loads astro.config.mjs, the content
 * config (the article loader) and the pages apart, and all of them need the
 * same reading. A build reads the folder once; `astro dev` reads again each
 * article file that changes (rereadArticleFile).
 */
const { folders, listeners } = processShared('zhiku.currentContent', () => ({
  folders: new Map<string, ContentFolder>(),
  listeners: new Map<string, Set<(change: ArticleFileChange) => void>>(),
}));

/**
 * The content folder as last read: what setCurrentContent was given, or the
 * folder read now on first use.
 * @example currentContent('./content').articles[0].path => 'en/a.md'
 */
export function currentContent(contentDir: string): ContentFolder {
  const key = resolve(contentDir);
  let content = folders.get(key);
  if (!content) folders.set(key, (content = readContentFolder(contentDir)));
  return content;
}

/** The article file at `path` (inside the articles folder) of a reading, by a binary search of its sorted list. */
function articleOf(content: ContentFolder, path: string): ArticleSource | undefined {
  const { at, found } = articlePosition(content.articles, path);
  return found ? content.articles[at] : undefined;
}

/**
 * The article file at a full path as the folder's current reading holds it, or undefined when it holds none there.
 * @example articleAt('./content', '/site/content/articles/en/a.md')?.path => 'en/a.md'
 */
export function articleAt(contentDir: string, fullPath: string): ArticleSource | undefined {
  return articleOf(currentContent(contentDir), relative(resolve(contentDir, 'articles'), fullPath).split(sep).join('/'));
}

/** Records a reading of the folder (astro.config.mjs hands over the one it made). */
export function setCurrentContent(contentDir: string, content: ContentFolder): void {
  folders.set(resolve(contentDir), content);
}

/** One article file before and after it was read again (either is missing when the file came or went). */
export interface ArticleFileChange {
  path: string;
  before?: ArticleSource;
  after?: ArticleSource;
}

/**
 * Calls `listener` with every change rereadArticleFile reads in a folder, until
 * the returned function is called: the dev server's own needs follow the same
 * reading (integrations/devContent.ts).
 */
export function onArticleFileChange(contentDir: string, listener: (change: ArticleFileChange) => void): () => void {
  const key = resolve(contentDir);
  const set = listeners.get(key) ?? new Set();
  listeners.set(key, set.add(listener));
  return () => set.delete(listener);
}

/**
 * Reads again one file of the folder after it was written or deleted, and
 * records the newer folder; undefined when the file is no article file.
 * @example rereadArticleFile('./content', '/site/content/articles/en/new.md') => { path: 'en/new.md', before: undefined, after: { path: 'en/new.md', … } }
 */
export function rereadArticleFile(contentDir: string, fullPath: string): ArticleFileChange | undefined {
  const read = readArticleFile(resolve(contentDir, 'articles'), fullPath);
  if (!read) return undefined;
  const content = currentContent(contentDir);
  const before = articleOf(content, read.path);
  const after = read.file && articleSource(read.file);
  setCurrentContent(contentDir, { ...content, articles: withArticleFile(content.articles, read.path, after) });
  const change = { path: read.path, before, after };
  for (const listener of listeners.get(resolve(contentDir)) ?? []) listener(change);
  return change;
}
