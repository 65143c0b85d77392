import { cleanFiles } from '../core/content/cleanFiles';
import type { ContentFile } from '../core/content/contentFiles';
import type { ContentProblem } from '../core/content/contentProblem';
import { processShared } from './processShared';

/**
 * The article files the validator found nothing wrong with when `astro dev`
 * (re)started, by the path shown to editors, with the text it read. One per
 * process, shared by its module graphs: the config validates, the article
 * loader asks (site/refuseUnsafeBodies.ts).
 */
interface Validation {
  /** Each clean file, by the path shown to editors, with the text the validator read. */
  clean: Map<string, string>;
  /** Whether a validation of the whole folder has started and not reported yet. */
  underway: boolean;
}
const validation = processShared<Validation>('zhiku.validatedFiles', () => ({ clean: new Map(), underway: false }));

/** Notes that a validation of the whole folder has started (in a worker): its report will follow. */
export function validationStarted(): void {
  validation.underway = true;
}

/** Whether a validation of the whole folder has started and not reported yet. */
export function validationUnderway(): boolean {
  return validation.underway;
}

/** Records what a validation of the whole folder found: what it read of each file, and the errors. */
export function recordValidatedFiles(files: readonly ContentFile[], errors: readonly ContentProblem[]): void {
  validation.clean.clear();
  for (const [file, text] of cleanFiles(files, errors)) validation.clean.set(file, text);
  validation.underway = false;
}

/**
 * Whether the last validation read this very text of the file and found nothing wrong with it.
 * @example validatedAsIs({ path: 'en/a.md', file: 'content/articles/en/a.md', text: '---\ntitle: A…' }) => true
 */
export function validatedAsIs(file: ContentFile): boolean {
  return validation.clean.get(file.file) === file.text;
}
