import { logPages } from '../../tests/helpers/buildLog';
import { readFile, writeFile } from 'node:fs/promises';

/**
 * Counts the pages a build log says were rendered and those copied from the
 * incremental cache.
 * @example pagesReused('├─ /en/a/index.html (restored)\n├─ /en/b/index.html (+3ms)') => { rendered: 1, reused: 1 }
 */
export function pagesReused(log: string): { rendered: number; reused: number } {
  const { rendered, reused } = logPages(log);
  return { rendered: rendered.length, reused: reused.length };
}

/**
 * The edit the incremental figure measures: one sentence added to the end of
 * an article's body, as an editor fixing a typo would change it. Returns a
 * function that puts the file back.
 */
export async function editOneArticle(file: string): Promise<() => Promise<void>> {
  const text = await readFile(file, 'utf8');
  await writeFile(file, `${text.trimEnd()}\n\nOne sentence an editor added.\n`);
  return () => writeFile(file, text);
}
