import { lstatSync, readdirSync, rmdirSync, rmSync, statSync, unlinkSync, type Stats } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cachedOutputs, isInside, pageCopyFile, PAGE_COPIES } from '../core/build/cachedOutputs';
import { sameFile } from '../core/build/cacheRecord';
import { readText, type VerifiedFile } from './cacheCheck';
import { filesUnder } from './folderEntries';

/** A page left in the output folder from the last build (kept by the path it was rendered for): its file, as it was found. */
export interface KeptPage {
  file: string;
  ino: number;
  size: number;
  mtimeMs: number;
}

/** Every folder on the way to each file, '/'-separated: 'en', 'en/a' for 'en/a/index.html'. */
function foldersOf(files: Iterable<string>): Set<string> {
  const folders = new Set<string>();
  for (const file of files) {
    for (let at = file.indexOf('/'); at !== -1; at = file.indexOf('/', at + 1)) folders.add(file.slice(0, at));
  }
  return folders;
}

/**
 * Empties a build's output folder before the build writes it, as Astro would (`.git` excepted, which Astro means
 * to spare), except the pages the last build published that are still, file for file, the cache's checked copies
 * of themselves: `candidates` maps each page Astro's incremental build recorded (its file, relative to the folder)
 * to the path it was rendered for, and `isCachedCopy` says whether the file found there is that page's cache copy
 * (the same inode as a copy the cache check verified; pages and their copies are hard links,
 * integrations/cachedPageCopies.ts). Astro then leaves a kept page where it is when it would have restored it; one
 * it renders again is removed first (dropPage), so that nothing writes into a cache copy. Folders are read one at
 * a time (Node's recursive listing took twice as long on 10,000 page folders); a folder holding no candidate goes
 * whole. Returns the pages kept, by the path each was rendered for.
 */
export function emptyKeepingCachedPages(
  outDir: string,
  candidates: ReadonlyMap<string, string>,
  isCachedCopy: (file: string, stats: Stats) => boolean,
): Map<string, KeptPage> {
  const kept = new Map<string, KeptPage>();
  const folders = foldersOf(candidates.keys());
  /** Empties one folder but for kept pages; whether anything is left in it. */
  const empty = (folder: string): boolean => {
    let left = 0;
    const path = join(outDir, folder);
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      const file = folder ? `${folder}/${entry.name}` : entry.name;
      const full = join(path, entry.name);
      if (!folder && entry.name === '.git') {
        left += 1;
      } else if (entry.isDirectory() && folders.has(file)) {
        if (empty(file)) left += 1;
        else rmdirSync(full);
      } else if (entry.isFile() && candidates.has(file)) {
        const stats = lstatSync(full);
        if (isCachedCopy(file, stats)) {
          kept.set(candidates.get(file)!, { file, ino: stats.ino, size: stats.size, mtimeMs: stats.mtimeMs });
          left += 1;
        } else unlinkSync(full);
      } else rmSync(full, { recursive: true, force: true });
    }
    return left > 0;
  };
  // Followed when it is a link, as Astro's emptying follows it.
  if (!statSync(outDir, { throwIfNoEntry: false })?.isDirectory()) return kept;
  empty('');
  return kept;
}

/**
 * A page file as Astro's manifest names it (its URL path, percent-encoded, relative to the output folder), as it
 * is named on disk; undefined when it would leave the folder.
 * @example fileOnDisk('zh/articles/%E7%A8%B3/index.html') => 'zh/articles/稳/index.html'
 */
export function fileOnDisk(outputFile: string): string | undefined {
  if (!isInside(outputFile)) return undefined;
  try {
    const path = fileURLToPath(new URL(outputFile, 'file:///out/'));
    const file = path.startsWith('/out/') ? path.slice('/out/'.length) : undefined;
    return file !== undefined && isInside(file) ? file : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Empties the output folder `outDir` but for the pages that are hard links of their cache copies in
 * `cacheDir` (Astro's incremental build: its manifest `incremental-build.json`, and the copies where
 * integrations/cachedPageCopies.ts keeps them, core/build/cachedOutputs.ts pageCopyFile) as the cache
 * check found them intact (`verified`, site/cacheCheck.ts): same file system, inode, size and modification
 * time. A page the site's public folder (`publicDir`) also holds is not kept: that file is copied over it.
 */
export function keepCachedPages(
  outDir: string,
  cacheDir: string,
  verified: ReadonlyMap<string, VerifiedFile> | undefined,
  publicDir?: string,
): Map<string, KeptPage> {
  const device = statSync(join(cacheDir, PAGE_COPIES), { throwIfNoEntry: false })?.dev;
  const candidates = new Map<string, string>();
  /** Each candidate's cache copy, by its file. */
  const copies = new Map<string, string>();
  if (verified && device !== undefined) {
    // Listed as Vite copies public/: links to folders followed.
    const publicFiles = new Set(publicDir === undefined ? [] : filesUnder(publicDir).map((f) => f.path));
    for (const [outputFile, pathname] of cachedOutputs(readText(join(cacheDir, 'incremental-build.json')))) {
      const file = fileOnDisk(outputFile);
      if (file === undefined || publicFiles.has(file)) continue;
      candidates.set(file, pathname);
      copies.set(file, pageCopyFile(outputFile));
    }
  }
  return emptyKeepingCachedPages(outDir, candidates, (file, stats) => {
    const copy = verified?.get(copies.get(file)!);
    return copy !== undefined && stats.dev === device && sameFile(copy, stats);
  });
}

/** Removes a kept page's file, and the folders it leaves empty up to `outDir`; false when it was gone already. */
function remove(outDir: string, file: string): boolean {
  try {
    unlinkSync(join(outDir, file));
  } catch {
    return false;
  }
  for (let folder = dirname(file); folder !== '.'; folder = dirname(folder)) {
    try {
      rmdirSync(join(outDir, folder));
    } catch {
      break;
    }
  }
  return true;
}

/**
 * Removes the kept page of `pathname`, before Astro renders it again: it then writes a new file instead of
 * writing into the one its cache copy shares. Returns its file, if one was kept.
 */
export function dropPage(outDir: string, kept: Map<string, KeptPage>, pathname: string): string | undefined {
  const page = kept.get(pathname);
  if (!page) return undefined;
  kept.delete(pathname);
  // Its folder stays: the page is about to be written there.
  try {
    unlinkSync(join(outDir, page.file));
    return page.file;
  } catch {
    return undefined;
  }
}

/**
 * Removes the kept pages whose path this build does not render (an article deleted or renamed since), as soon
 * as the build has listed its paths, before a page is written or a search indexes the folder. Returns their files.
 */
export function dropUnlisted(outDir: string, kept: Map<string, KeptPage>, pathnames: ReadonlySet<string>): string[] {
  const dropped: string[] = [];
  for (const [pathname, { file }] of kept) {
    if (pathnames.has(pathname)) continue;
    kept.delete(pathname);
    if (remove(outDir, file)) dropped.push(file);
  }
  return dropped;
}

/**
 * Once every page is written: removes the kept pages the build neither reused (Astro records the path of each
 * page it reuses or renders with a cache key: `recorded`) nor wrote since they were kept (their inode, size and
 * modification time are those they were kept with; not their change time, which Astro's pruning of the
 * page's cache copy moves). A page is only left in place when the build published it. Returns their files.
 */
export function dropUnbuilt(outDir: string, kept: Map<string, KeptPage>, recorded: ReadonlySet<string>): string[] {
  const dropped: string[] = [];
  for (const [pathname, page] of kept) {
    if (recorded.has(pathname)) continue;
    const now = lstatSync(join(outDir, page.file), { throwIfNoEntry: false });
    kept.delete(pathname);
    if (now && sameFile(page, now) && remove(outDir, page.file)) dropped.push(page.file);
  }
  return dropped;
}
