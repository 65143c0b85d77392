import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Locale } from '../core/locales';
import { indexedPageCount, pagefindCliArgs } from '../search/pagefindCli';

/** Pagefind's own command-line wrapper, as `npx pagefind` runs it, found where Node finds the package (its exports hide the file from require.resolve). */
function pagefindBin(): string {
  const folders = createRequire(import.meta.url).resolve.paths('pagefind') ?? [];
  const bin = folders.map((folder) => join(folder, 'pagefind/lib/runner/bin.cjs')).find((file) => existsSync(file));
  if (!bin) throw new Error('The pagefind package is not installed (npm install).');
  return bin;
}

/**
 * Whether a language's article folder holds a page Pagefind would index. Without one,
 * Pagefind would index every page body it finds instead (fallback pages included).
 */
export async function hasIndexedArticles(site: string, locale: Locale): Promise<boolean> {
  const folder = join(site, locale, 'articles');
  const slugs = await readdir(folder).catch(() => [] as string[]);
  for (const slug of slugs) {
    const html = await readFile(join(folder, slug, 'index.html'), 'utf8').catch(() => '');
    if (html.includes('data-pagefind-body')) return true;
  }
  return false;
}

/**
 * Indexes one language of a built site with the Pagefind CLI, in a process of its
 * own, so that its memory is given back before the next language; resolves with
 * the number of pages indexed, rejects with the CLI's output when it fails.
 */
export function runPagefind(site: string, locale: Locale): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [pagefindBin(), ...pagefindCliArgs(site, locale)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const pages = indexedPageCount(output);
      if (code === 0 && pages !== undefined) resolve(pages);
      else reject(new Error(`Pagefind (${locale}) exited with ${code}:\n${output}`));
    });
  });
}
