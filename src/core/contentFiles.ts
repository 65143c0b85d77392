import type { Root } from 'mdast';
import type { ArticleFrontmatter } from './articleSchema';
import type { Locale } from './locales';

/** One article file as read from disk. */
export interface ContentFile {
  /** Path inside the articles folder, e.g. `en/fed-stablecoin.md`. */
  path: string;
  /** Path to show the editor, e.g. `content/articles/en/fed-stablecoin.md`. */
  file: string;
  text: string;
}

/** Everything the validator reads: the article files and the topic list. */
export interface ContentInput {
  articles: readonly ContentFile[];
  topics?: { file: string; text: string };
}

/** One article file after the per-file checks, for the checks across files. */
export interface ParsedArticle {
  file: ContentFile;
  locale?: Locale;
  slug?: string;
  data?: ArticleFrontmatter;
  lineOf: (path: readonly PropertyKey[]) => number;
  bodyLine: number;
  tree?: Root;
  /** From the raw frontmatter, so it is known even when the schema fails. */
  published?: boolean;
}
