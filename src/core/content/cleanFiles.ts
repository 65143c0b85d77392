import type { ContentFile } from './contentFiles';
import type { ContentProblem } from './contentProblem';

/**
 * The files a validation found no error in, each with the text it checked: a
 * later reading of the same file is clean of what depends on the file alone
 * (the content contract) exactly when its text is still that one.
 * @example cleanFiles([{ path: 'en/a.md', file: 'a.md', text: 'A' }, { path: 'en/b.md', file: 'b.md', text: 'B' }], [{ file: 'b.md', field: 'HTML', message: '', fix: '' }]) => Map { 'a.md' => 'A' }
 */
export function cleanFiles(files: readonly ContentFile[], errors: readonly ContentProblem[]): Map<string, string> {
  const wrong = new Set(errors.filter((e) => !e.warning).map((e) => e.file));
  return new Map(files.filter((f) => !wrong.has(f.file) && !f.invalidUtf8).map((f) => [f.file, f.text]));
}
