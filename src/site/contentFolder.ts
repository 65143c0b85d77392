import { closeSync, existsSync, fstatSync, lstatSync, openSync, readdirSync, readFileSync, readlinkSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import {
  articleSource,
  byArticlePath,
  type ArticleSource,
  type ContentFile,
  type DataFile,
  type MediaFile,
  type SymbolicLink,
} from '../core/content/contentFiles';
import { fileStamp } from '../core/build/cacheRecord';
import { utf8Text } from '../core/content/utf8Text';
import { filesUnder } from './folderEntries';
import { withFrontmatterCache } from './frontmatterCache';

/** A content folder as read from disk, every article's name and frontmatter parsed once. */
export interface ContentFolder {
  articles: ArticleSource[];
  topics?: DataFile;
  glossary?: DataFile;
  site?: DataFile;
  media: MediaFile[];
  /** Every symbolic link inside the folder: none is read, and the validator reports each. */
  symlinks: SymbolicLink[];
}

/**
 * A content file's text as UTF-8 (see core/content/utf8Text.ts): a file that is not
 * UTF-8 is marked so the validator reports it, instead of being read with
 * replacement characters as `readFileSync(path, 'utf8')` would.
 */
function readText(path: string): { text: string; invalidUtf8?: ContentFile['invalidUtf8'] } {
  return decoded(readFileSync(path));
}

/** A file's bytes as readText gives them. */
function decoded(bytes: Buffer): { text: string; invalidUtf8?: ContentFile['invalidUtf8'] } {
  const { text, invalid } = utf8Text(bytes);
  return invalid ? { text, invalidUtf8: invalid } : { text };
}

/** An article file's text (readText) and how the file looked when it was read (ContentFile `look`). */
function readArticleText(path: string): ReturnType<typeof readText> & { look: ContentFile['look'] } {
  const fd = openSync(path, 'r');
  try {
    const stats = fstatSync(fd);
    return { ...decoded(readFileSync(fd)), look: { size: stats.size, stamp: fileStamp(stats) } };
  } finally {
    closeSync(fd);
  }
}

/**
 * A path as editors are shown it: inside the working folder relative to it, elsewhere (a test's temp folder) in full.
 * @example shownPath('/site/content/articles/en/a.md', '/site') => 'content/articles/en/a.md'
 */
export function shownPath(path: string, cwd = process.cwd()): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') ? rel : resolve(path);
}

/**
 * One data file of a content folder, or undefined when there is none.
 * @example readDataFile('./content', 'topics.yaml') => { file: 'content/topics.yaml', text: '- id: regulation …' }
 */
export function readDataFile(dir: string, name: 'topics.yaml' | 'glossary.yaml' | 'site.yaml', cwd = process.cwd()): DataFile | undefined {
  const path = join(dir, name);
  // A symbolic link is never read (readSymlinks lists it for the validator).
  if (!existsSync(path) || lstatSync(path).isSymbolicLink()) return undefined;
  return { file: shownPath(path, cwd), ...readText(path) };
}

/**
 * The one reader of a content folder (`articles/<lang>/<file>.md(x)`, `topics.yaml`,
 * `glossary.yaml`, `site.yaml`, the names and sizes of the files in `media/`), used by the build's
 * integrations, the Markdown link resolver, the validator and the scripts. astro.config.mjs reads it once per build, before
 * Astro's own loader, with `frontmatterCache` (site/frontmatterCache.ts). Paths are shown to editors relative to `cwd`.
 * @example readContentFolder('./content').articles[0] => { path: 'en/a.md', file: 'content/articles/en/a.md', key: { locale: 'en', slug: 'a' }, … }
 */
export function readContentFolder(dir: string, cwd = process.cwd(), frontmatterCache?: { file: string; stamp: string }): ContentFolder {
  const files = readArticleFiles(join(dir, 'articles'), cwd);
  const articles = frontmatterCache
    ? withFrontmatterCache(frontmatterCache.file, frontmatterCache.stamp, files)
    : files.map((file) => articleSource(file));
  return {
    articles,
    topics: readDataFile(dir, 'topics.yaml', cwd),
    glossary: readDataFile(dir, 'glossary.yaml', cwd),
    site: readDataFile(dir, 'site.yaml', cwd),
    media: readMediaFiles(dir, cwd),
    symlinks: readSymlinks(dir, cwd),
  };
}

/**
 * Every symbolic link inside a content folder (the folder itself may be one), sorted by path.
 * The site publishes only what is stored in the folder: Astro's loaders would follow a
 * link, to a file anywhere on the machine, so each one is an error for the validator.
 * @example readSymlinks('./content') => [{ file: 'content/articles/en/leak.md', target: '/etc/passwd' }]
 */
export function readSymlinks(dir: string, cwd = process.cwd()): SymbolicLink[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isSymbolicLink())
    .map((e) => join(e.parentPath, e.name))
    .sort()
    .map((full) => ({ file: shownPath(full, cwd), target: readlinkSync(full) }));
}

/** Every file under a content folder, sorted by its path inside it; none when the folder does not exist or is itself a link. */
function contentFilesUnder(dir: string): { path: string; full: string }[] {
  if (!existsSync(dir) || lstatSync(dir).isSymbolicLink()) return [];
  return filesUnder(dir).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * The files of a content folder's `media/` (sub-folders included), with their sizes; their
 * contents are left to Astro's image pipeline. Hidden files (`.gitkeep`, `.DS_Store`) are not media.
 * @example readMediaFiles('./content') => [{ path: 'media/charts/reserves.png', file: 'content/media/charts/reserves.png', bytes: 48213 }]
 */
export function readMediaFiles(dir: string, cwd = process.cwd()): MediaFile[] {
  return contentFilesUnder(join(dir, 'media'))
    .filter((f) => !f.path.split('/').some((part) => part.startsWith('.')))
    .map((f) => ({ path: `media/${f.path}`, file: shownPath(f.full, cwd), bytes: statSync(f.full).size }));
}

/**
 * Every Markdown and MDX file of an articles folder, sorted by path (none when the folder does not exist yet).
 * @example readArticleFiles('./content/articles') => [{ path: 'en/a.md', file: 'content/articles/en/a.md', text: '---\ntitle: A…' }, …]
 */
export function readArticleFiles(articlesDir: string, cwd = process.cwd()): ContentFile[] {
  return contentFilesUnder(articlesDir)
    .filter((f) => isArticleFileName(f.path))
    .map((f) => articleFile(articlesDir, f.full, readArticleText(f.full), cwd))
    .sort(byArticlePath);
}

/** Whether a file of the articles folder is an article by its name (Markdown or MDX). */
function isArticleFileName(name: string): boolean {
  return /\.mdx?$/.test(name);
}

function articleFile(articlesDir: string, full: string, read: ReturnType<typeof readArticleText>, cwd: string): ContentFile {
  return { path: relative(articlesDir, full).replace(/\\/g, '/'), file: shownPath(full, cwd), ...read };
}

/**
 * One file of an articles folder, read as readArticleFiles reads each: its
 * path inside the folder, and its text, or no text when it is gone. Undefined
 * for a file that is not an article (outside the folder, not Markdown or MDX).
 * For `astro dev`, which reads again the one file that changed.
 * @example readArticleFile('./content/articles', '/site/content/articles/en/a.md') => { path: 'en/a.md', file: 'content/articles/en/a.md', text: '---\ntitle: A…' }
 */
export function readArticleFile(articlesDir: string, full: string, cwd = process.cwd()): { path: string; file?: ContentFile } | undefined {
  const path = relative(articlesDir, full).replace(/\\/g, '/');
  if (!path || path.startsWith('..') || isAbsolute(path) || !isArticleFileName(path)) return undefined;
  let read: ReturnType<typeof readArticleText>;
  try {
    // A symbolic link is read as gone, as the whole folder's reading skips it.
    if (lstatSync(full).isSymbolicLink()) return { path };
    read = readArticleText(full);
  } catch {
    return { path };
  }
  return { path, file: articleFile(articlesDir, full, read, cwd) };
}
