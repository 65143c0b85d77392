import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** Reads and parses a built page by its URL path, e.g. `/en/articles/x/`. */
export async function loadPage(outDir: string, urlPath: string): Promise<HTMLElement> {
  const file = urlPath.endsWith('/') ? join(outDir, urlPath, 'index.html') : join(outDir, urlPath);
  return parse(await readFile(file, 'utf8'));
}

/** The text of an element with whitespace folded, as a reader sees it. */
export function visibleText(el: HTMLElement | null): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
