import { cleanFiles } from '../core/content/cleanFiles';
import type { ContentFile } from '../core/content/contentFiles';
import type { ContentProblem } from '../core/content/contentProblem';

/**
 * The article files the validator found nothing wrong with when `astro dev`
 * (re)started, by the path shown to editors, with the text it read. One per
 * process, shared by its module graphs: the config validates, the article
 * loader asks (site/refuseUnsafeBodies.ts).
 */
const SHARED = Symbol.for('zhiku.validatedFiles');
const validated = ((globalThis as Record<symbol, unknown>)[SHARED] ??= new Map<string, string>()) as Map<string, string>;

/** Records what a validation of the whole folder found: what it read of each file, and the errors. */
export function recordValidatedFiles(files: readonly ContentFile[], errors: readonly ContentProblem[]): void {
  validated.clear();
  for (const [file, text] of cleanFiles(files, errors)) validated.set(file, text);
}

/**
 * Whether the last validation read this very text of the file and found nothing wrong with it.
 * @example validatedAsIs({ path: 'en/a.md', file: 'content/articles/en/a.md', text: '---\ntitle: A…' }) => true
 */
export function validatedAsIs(file: ContentFile): boolean {
  return validated.get(file.file) === file.text;
}
