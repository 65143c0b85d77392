import { readContentFolder } from '../contentFolder';
import { checkContent, validateContent, type ContentReport } from './validateContent';
import type { ContentProblem } from '../../core/content/contentProblem';

export { formatProblem, formatReport, formatWarnings, type ContentProblem } from '../../core/content/contentProblem';
export { checkContent, validateContent, type ContentInput, type ContentFile, type ContentReport } from './validateContent';

/** Reads and validates a content folder: every problem, in one list. */
export function validateContentDir(dir: string, cwd = process.cwd()): ContentProblem[] {
  return validateContent(readContentFolder(dir, cwd));
}

/** Reads and checks a content folder: its errors and its warnings. */
export function checkContentDir(dir: string, cwd = process.cwd()): ContentReport {
  return checkContent(readContentFolder(dir, cwd));
}
