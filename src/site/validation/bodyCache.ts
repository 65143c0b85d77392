import { createHash } from 'node:crypto';
import { articleSource, type ContentFile, type ContentInput } from '../../core/content/contentFiles';
import type { ContentProblem } from '../../core/content/contentProblem';
import type { ArticleImage } from '../../markdown/articleImages';

/** What the validator found in one article's body, kept from one build to the next. */
export interface BodyFindings {
  /** The body's own problems (MDX syntax, repeated heading ids). */
  parse: ContentProblem[];
  /** What the checks that read bodies found in it (links, asides, components). */
  checks: ContentProblem[];
  /** The images it shows. */
  images: ArticleImage[];
  /** The files of `media/` it links to. */
  mediaLinks: string[];
}

/** The findings of earlier runs by key, as stored between builds. */
export type StoredFindings = Record<string, BodyFindings>;

/**
 * The validator's findings per body, for one run. A body's checks read its own
 * file and, of every other file, only its path and frontmatter (the known
 * articles, their titles, drafts and aliases), besides the topic list, the
 * glossary, the names and sizes of the media files and the validator's code.
 * So a file's key is its own path and text with a digest of all of those: a
 * body is parsed again when it changed, and every body when any frontmatter,
 * data file, media file or the code changed.
 */
export interface BodyCache {
  keyOf(file: ContentFile): string;
  get(key: string): BodyFindings | undefined;
  set(key: string, findings: BodyFindings): void;
  /** The findings of this run's files only (entries of files gone or changed are dropped). */
  entries(): StoredFindings;
  /** Whether entries() differs from what the run started with. */
  changed(): boolean;
  /** How many bodies this run took from the cache. */
  reused(): number;
}

const sha256 = (parts: readonly string[]) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
};

/**
 * Everything besides its own file that a body's checks read.
 * @example contextDigest({ articles: [] }, 'v1') !== contextDigest({ articles: [] }, 'v2') => true
 */
export function contextDigest(input: ContentInput, codeVersion: string): string {
  const parts = [codeVersion, `${input.articles.length}`];
  const byPath = [...input.articles].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const f of byPath) {
    const yaml = articleSource(f).frontmatter.yaml;
    parts.push(f.file, f.path, yaml === undefined ? '\u0001' : yaml);
  }
  parts.push(input.topics?.file ?? '', input.topics?.text ?? '\u0001', input.glossary?.file ?? '', input.glossary?.text ?? '\u0001');
  for (const m of input.media ?? []) parts.push(m.path, m.file, String(m.bytes));
  return sha256(parts);
}

/**
 * A cache over stored findings for one content folder and version of the code.
 * @example bodyCache({}, input, 'v1').get(cache.keyOf(file)) => undefined
 */
export function bodyCache(stored: StoredFindings, input: ContentInput, codeVersion: string): BodyCache {
  const context = contextDigest(input, codeVersion);
  const used = new Map<string, BodyFindings>();
  let added = 0;
  return {
    keyOf: (file) => sha256([context, file.file, file.path, file.text]),
    get(key) {
      const found = Object.hasOwn(stored, key) ? stored[key] : undefined;
      if (found) used.set(key, found);
      return found;
    },
    set(key, findings) {
      used.set(key, findings);
      added += 1;
    },
    entries: () => Object.fromEntries(used),
    changed: () => added > 0 || used.size !== Object.keys(stored).length,
    reused: () => used.size - added,
  };
}
