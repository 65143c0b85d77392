import { readFileSync } from 'node:fs';
import { splitFrontmatter } from '../core/content/frontmatter';
import { entryFile } from './projectRoot';

interface EntryFile {
  body?: string;
  filePath?: string;
  /** The content store's digest of the entry: a body read is kept for as long as it holds (in `astro dev`, until the file changes). */
  digest?: number | string;
}

const read = new Map<string, string>();

/**
 * An entry's Markdown body. The content store does not keep bodies
 * (site/articleLoader.ts leaves them out: what pages need of them is in
 * BodyFacts), so the rare reader that needs the text itself, an MDX entry,
 * reads it from its file, once per build (once per version of the file in `astro dev`).
 * @example entryBody({ filePath: 'content/articles/en/a.md' }) => 'The text below the frontmatter.'
 */
export function entryBody(entry: EntryFile): string {
  if (entry.body !== undefined) return entry.body;
  if (!entry.filePath) return '';
  const path = entryFile(entry.filePath);
  const key = `${path}\0${entry.digest ?? ''}`;
  let body = read.get(key);
  if (body === undefined) {
    body = splitFrontmatter(readFileSync(path, 'utf8')).body.trim();
    read.set(key, body);
  }
  return body;
}
