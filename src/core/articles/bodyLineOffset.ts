import { splitFrontmatter } from '../content/frontmatter';

function countNewlines(text: string): number {
  return text.split('\n').length - 1;
}

/**
 * How many lines of a Markdown file come before the text a Markdown processor
 * was given (the frontmatter and blank lines Astro strips), so that line `n`
 * of `body` is line `n + offset` of the file. 0 when the body is not found.
 * @example bodyLineOffset('---\ntitle: A\n---\n\nHello', 'Hello') => 4
 */
export function bodyLineOffset(raw: string, body: string): number {
  const trimmed = body.trimStart();
  if (!trimmed) return 0;
  const probe = trimmed.split('\n', 1)[0]!.replace(/\r$/, '');
  const after = splitFrontmatter(raw).bodyStart;
  const at = raw.indexOf(probe, after);
  if (at === -1) return 0;
  return countNewlines(raw.slice(0, at)) - countNewlines(body.slice(0, body.length - trimmed.length));
}
