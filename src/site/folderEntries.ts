import { existsSync, readdirSync, type Dirent } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Every entry under a folder, those of its subfolders included, each with its `parentPath`: what
 * `readdirSync(dir, { recursive: true, withFileTypes: true })` lists, in another order (each folder's
 * entries, then its subfolders' in turn). Read one folder after the other, the 31,000 entries of a
 * 10,000-article build cache took about half the time of Node's recursive listing (109-147 ms against
 * 206-234 ms, warm). Unlike Node's listing, a symbolic link to a folder is listed and not followed: for
 * folders the build writes itself (its cache, its output), not for content. Throws as readdirSync does
 * when `dir` cannot be read.
 */
export function entriesUnder(dir: string): Dirent[] {
  const entries: Dirent[] = [];
  const read = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      entries.push(entry);
      if (entry.isDirectory()) read(join(folder, entry.name));
    }
  };
  read(dir);
  return entries;
}

/**
 * Every file under a folder as Node's recursive listing finds it (a link to a folder followed, unlike
 * entriesUnder): its '/'-separated path inside the folder and its full path; none when the folder does not exist.
 * @example filesUnder('public') => [{ path: 'fonts/a.woff2', full: 'public/fonts/a.woff2' }]
 */
export function filesUnder(dir: string): { path: string; full: string }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const full = join(entry.parentPath, entry.name);
      return { path: relative(dir, full).replace(/\\/g, '/'), full };
    });
}
