import { readContentFolder } from '../contentFolder';
import { validateContent } from './validateContent';
import type { ContentProblem } from '../../core/contentProblem';

export { formatProblem, formatReport, type ContentProblem } from '../../core/contentProblem';
export { validateContent, type ContentInput, type ContentFile } from './validateContent';

/** Reads and validates a content folder: every problem, in one list. */
export function validateContentDir(dir: string, cwd = process.cwd()): ContentProblem[] {
  return validateContent(readContentFolder(dir, cwd));
}
