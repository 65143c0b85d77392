import { readFile, writeFile } from 'node:fs/promises';

/**
 * Counts the pages a build log says were rendered and those copied from the
 * incremental cache (`(restored)` / `(cached)`).
 * @example pagesReused('├─ /en/a/index.html (restored)\n├─ /en/b/index.html (+3ms)') => { rendered: 1, reused: 1 }
 */
export function pagesReused(log: string): { rendered: number; reused: number } {
  let rendered = 0;
  let reused = 0;
  for (const [, how] of log.matchAll(/├─ \/\S+ \((restored|cached|\+[\d.]+m?s)\)/g)) {
    if (how === 'restored' || how === 'cached') reused++;
    else rendered++;
  }
  return { rendered, reused };
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
