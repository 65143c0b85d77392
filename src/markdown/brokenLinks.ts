import { bodyLineOffset } from '../core/articles/bodyLineOffset';
import type { FoundArticleLink } from './linkArticles';

/**
 * What every report says of a link that leads to no article: the build's
 * error (throwBrokenLinks) and the content validator's problem.
 * @example brokenLinkMessage({ ok: false, error: '"[[x]]": no article "x" exists in any language' }) => 'broken link "[[x]]": no article "x" exists in any language'
 */
export function brokenLinkMessage(resolution: { error: string }): string {
  return `broken link ${resolution.error}`;
}

/** The document a link step walked, as its errors name it. */
export interface LinkedFile {
  /** The file's path. */
  path: string;
  /** The Markdown the links were found in: the file's body, whose lines they carry. */
  body: string;
  /** The whole file, to turn lines of the body into lines of the file; asked for only when a link is broken. */
  text?: () => string | undefined;
  /** How errors name the file (by default its path). */
  shown?: string;
  /** A draft (`published: false`) may hold broken links: it is never published. */
  published?: boolean;
}

/** Where a broken link was written: a line and column of the file. */
export interface BrokenLinkLocation {
  file: string;
  line: number;
  column: number;
}

/**
 * The error of a document's broken links. Its message lists them all; `loc` is
 * the first one, which Astro's error overlay in `astro dev` shows as the file,
 * line and the lines around it (without it, the overlay would point at the code
 * that threw), and `hint` says what to do.
 */
export class BrokenLinksError extends Error {
  override name = 'BrokenLinksError';
  readonly hint = 'Create the article the link names, or correct the slug (`npm run check` lists every broken link).';
  constructor(
    message: string,
    readonly loc: BrokenLinkLocation,
  ) {
    super(message);
  }
}

/**
 * Throws the build's error for the links of a document that lead to no
 * article, one `file:line:column: message` line each, so that one error lists
 * them all. Does nothing when every link resolves, or for a draft.
 * @example throwBrokenLinks(doc.found, { path: '/kb/en/a.md', body }) // throws 'Broken links between articles:\n/kb/en/a.md:3:8: broken link "[[nowhere]]": no article "nowhere" exists in any language'
 */
export function throwBrokenLinks(found: readonly FoundArticleLink[], file: LinkedFile): void {
  if (file.published === false) return;
  const lines: string[] = [];
  let offset: number | undefined;
  let first: BrokenLinkLocation | undefined;
  for (const { line, column, resolution } of found) {
    if (resolution.ok) continue;
    offset ??= lineOffset(file);
    first ??= { file: file.path, line: line + offset, column };
    lines.push(`${file.shown ?? file.path}:${line + offset}:${column}: ${brokenLinkMessage(resolution)}`);
  }
  if (first) throw new BrokenLinksError(`Broken links between articles:\n${lines.join('\n')}`, first);
}

function lineOffset(file: LinkedFile): number {
  const text = file.text?.();
  return text === undefined ? 0 : bodyLineOffset(text, file.body);
}
