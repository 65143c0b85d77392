import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

function filesUnder(path: string): string[] {
  const entries = readdirSync(path, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

/**
 * A fingerprint of the files under some folders of the project, and of its
 * lockfile (the versions of the libraries they use): it changes when any of
 * them does. astro.config.mjs gives the Markdown renderer's fingerprint to
 * Astro's config, where its caches see it (markdownProcessorOptions).
 * @example sourceStamp(['src/markdown', 'src/core']) => '3f9a…' (16 hex digits)
 */
export function sourceStamp(folders: readonly string[], root = process.cwd()): string {
  const hash = createHash('sha256');
  const files = [...folders.flatMap((folder) => filesUnder(join(root, folder))), join(root, 'package-lock.json')];
  for (const file of files.map((f) => relative(root, f)).sort()) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(join(root, file)));
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}
