import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { expect } from 'vitest';
import { PROJECT_ROOT } from './buildSite';

/** Every file of a built site, by path, with its bytes. */
export async function siteFiles(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(dir, path), await readFile(path));
  }
  return files;
}

/** Asserts two built sites have the same files with the same bytes, naming the first that differ. */
export function expectSameSite(incremental: Map<string, Buffer>, clean: Map<string, Buffer>): void {
  expect([...incremental.keys()].sort()).toEqual([...clean.keys()].sort());
  const differing = [...clean].filter(([path, bytes]) => !incremental.get(path)!.equals(bytes)).map(([path]) => path);
  expect(differing, 'files that differ from a clean build').toEqual([]);
}

/**
 * The files of the project's `public/` folder (the favicon, the link-preview picture), by their
 * path: Astro copies them into every build as they are, so they are not content's originals.
 */
export async function publicFiles(): Promise<Set<string>> {
  return new Set((await readdir(join(PROJECT_ROOT, 'public'), { recursive: true })).map(String));
}
