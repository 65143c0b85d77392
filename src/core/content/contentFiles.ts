import type { Root } from 'mdast';
import type { ArticleFrontmatter } from '../articles/articleSchema';
import { frontmatterFields, knownFrontmatter, readFrontmatter, type Frontmatter, type KnownYaml } from './frontmatter';
import type { Locale } from '../language/locales';
import { isPublished } from '../articles/published';
import type { InvalidUtf8 } from './utf8Text';
import { parseArticlePath, type ArticleKey } from '../links/slugs';

/** One article file as read from disk. */
export interface ContentFile {
  /** Path inside the articles folder, e.g. `en/fed-stablecoin.md`. */
  path: string;
  /** Path to show the editor, e.g. `content/articles/en/fed-stablecoin.md`. */
  file: string;
  text: string;
  /** Set when the file is not UTF-8: its text then has U+FFFD in place of bad bytes, to be reported, never published. */
  invalidUtf8?: InvalidUtf8;
  /**
   * An article file as it was when read, from the open file before its bytes: its size and stamp (inode,
   * modification and change times: core/build/cacheRecord.ts fileStamp). While the file on disk still has
   * both, the text is what it holds.
   */
  look?: { size: number; stamp: string };
}

/** An article file with what its name and frontmatter say, parsed once for every reader. */
export interface ArticleSource extends ContentFile {
  /** The locale and slug its path gives, or why the path breaks the naming rules. */
  key: ArticleKey | { error: string };
  frontmatter: Frontmatter;
  /** From the raw frontmatter (not `draft: true`), so it is known even when the schema fails. */
  published: boolean;
}

/** A data file of the content folder (topics.yaml, glossary.yaml, site.yaml). */
export interface DataFile {
  file: string;
  text: string;
  /** Set when the file is not UTF-8 (see ContentFile). */
  invalidUtf8?: InvalidUtf8;
}

/** A file of the content folder's `media/` (images and the like, shared by both languages). */
export interface MediaFile {
  /** Path inside the content folder, e.g. `media/charts/reserves-2024.png`. */
  path: string;
  /** Path to show the editor, e.g. `content/media/charts/reserves-2024.png`. */
  file: string;
  /** Size in bytes. */
  bytes: number;
}

/** Everything the site reads from a content folder. */
export interface ContentInput {
  articles: readonly (ContentFile | ArticleSource)[];
  topics?: DataFile;
  glossary?: DataFile;
  /** The site's settings (`site.yaml`); defaults when absent. */
  site?: DataFile;
  /** The files of `media/`, sorted by path. */
  media?: readonly MediaFile[];
  /** The symbolic links found anywhere in the folder, which the site never follows. */
  symlinks?: readonly SymbolicLink[];
}

/** A symbolic link inside the content folder. */
export interface SymbolicLink {
  /** Path to show the editor, e.g. `content/articles/en/a.md`. */
  file: string;
  /** Where it points, as written in the link. */
  target: string;
}

/**
 * Parses an article file's name and frontmatter (a file already parsed is returned as it is); `known`, what
 * an earlier parse of the same text found (core/content/frontmatter.ts knownFrontmatter), spares the YAML's parse.
 * @example articleSource({ path: 'en/a.md', file: 'a.md', text: '---\ntitle: A\ndraft: true\n---\n' }).published => false
 */
export function articleSource(file: ContentFile | ArticleSource, known?: KnownYaml): ArticleSource {
  if ('frontmatter' in file) return file;
  const frontmatter = known ? knownFrontmatter(file.text, known) : readFrontmatter(file.text);
  const published = isPublished({ draft: frontmatterFields(frontmatter).draft === true });
  return { ...file, key: parseArticlePath(file.path), frontmatter, published };
}

/** One article file after the per-file checks, for the checks across files. */
export interface ParsedArticle {
  file: ArticleSource;
  locale?: Locale;
  slug?: string;
  data?: ArticleFrontmatter;
  lineOf: (path: readonly PropertyKey[]) => number;
  bodyLine: number;
  tree?: Root;
  /** From the raw frontmatter, so it is known even when the schema fails. */
  published?: boolean;
}

/**
 * The article files of a folder after one of them was written or deleted:
 * `file` takes the place of the one at `path` (or joins the list), and without
 * `file` the one at `path` leaves it. Sorted by path, as the folder is read.
 * @example withArticleFile([{ path: 'en/a.md', … }], 'en/b.md', { path: 'en/b.md', … }) => [{ path: 'en/a.md', … }, { path: 'en/b.md', … }]
 */
export function withArticleFile<T extends ContentFile>(articles: readonly T[], path: string, file?: T): T[] {
  const { at, found } = articlePosition(articles, path);
  const next = articles.slice();
  if (file) next.splice(at, found ? 1 : 0, file);
  else if (found) next.splice(at, 1);
  return next;
}

/**
 * The order of a folder's article files: by path, as `localeCompare` orders them. readArticleFiles
 * sorts by it, and articlePosition's binary search relies on it.
 */
export function byArticlePath(a: { path: string }, b: { path: string }): number {
  return a.path.localeCompare(b.path);
}

/**
 * Where the file at `path` is in a list sorted byArticlePath, or where it would go: a binary search, where a scan of a folder of 10,000
 * files would cost every saved edit in `astro dev` its time.
 * @example articlePosition([{ path: 'en/a.md' }, { path: 'en/c.md' }], 'en/b.md') => { at: 1, found: false }
 */
export function articlePosition(articles: readonly { path: string }[], path: string): { at: number; found: boolean } {
  let low = 0;
  let high = articles.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const order = byArticlePath(articles[middle]!, { path });
    if (order === 0) return { at: middle, found: true };
    if (order < 0) low = middle + 1;
    else high = middle;
  }
  return { at: low, found: false };
}
