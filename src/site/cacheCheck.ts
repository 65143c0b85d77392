import { createHash } from 'node:crypto';
import { readFileSync, rmSync, statSync } from 'node:fs';
import { entriesUnder } from './folderEntries';
import { readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { eachLimited } from '../core/build/eachLimited';
import { writeFileWhole } from './wholeFile';
import {
  cacheDrops,
  cacheEntryOf,
  CACHE_RECORD_FILE,
  fileStamp,
  isUnrecorded,
  isWorkingFile,
  parseRecord,
  recordText,
  sameFile,
  type CacheDrop,
  type CacheRecord,
  type FoundFile,
  unchangedSinceRecorded,
} from '../core/build/cacheRecord';

/**
 * A cache file as this build last verified or wrote it: its inode, size and modification time stand for its
 * bytes until one of them changes (within one build nothing sets a cache file's time back). Its change time may
 * move meanwhile: the search bundles are hard-linked into dist/, which changes the link count.
 */
export interface VerifiedFile {
  ino: number;
  size: number;
  mtimeMs: number;
  sha256: string;
}

/** What a check of a cache folder found and did. */
export interface CacheCheck {
  /** The entries removed, and why. */
  drops: CacheDrop[];
  /** Recorded entries that were gone whole: the build makes them again. */
  missing: string[];
  /** How many files the folder held, and how many bytes were read to check them. */
  files: number;
  bytes: number;
  /** The files kept, by path: the record after the build reads them again only when they changed. */
  verified: Map<string, VerifiedFile>;
}

/** A file as listed: its inode, size, modification time and stamp (core/build/cacheRecord.ts fileStamp). */
export interface ListedFile {
  ino: number;
  size: number;
  mtimeMs: number;
  stamp: string;
}

/**
 * Every file under `root` with its size, modification time and stamp, by its '/'-separated path; none when the folder
 * does not exist. Here and below the file system is read synchronously: nothing else runs meanwhile, and one
 * file after the other costs a third of the CPU time of as many promises (20,000 pages of 17 KB: 1.8 s against 5.9 s).
 */
export function listFiles(root: string): Map<string, ListedFile> {
  const files = new Map<string, ListedFile>();
  let entries;
  try {
    entries = entriesUnder(root);
  } catch {
    return files;
  }
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    // Gone since the folder was listed: a temporary file renamed into place (the content store's worker writes
    // data-store.json.tmp while the search is indexed and verifyAhead lists the folder), or a file removed.
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) continue;
    files.set(relative(root, path).split(sep).join('/'), { ino: stat.ino, size: stat.size, mtimeMs: stat.mtimeMs, stamp: fileStamp(stat) });
  }
  return files;
}

/** A file's SHA-256 as the cache record keeps it (hex), from its bytes. */
export const sha256 = (bytes: string | Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const sha256Of = (file: string) => sha256(readFileSync(file));

/**
 * A file as the cache check holds one it verified: read whole and hashed, and taken only when its inode, size and
 * modification time are the same before and after the reading (undefined when not, or when it cannot be read).
 * For a file the build has just written, so that the record at its end does not read it again.
 */
export function verifiedFile(file: string): VerifiedFile | undefined {
  try {
    const before = statSync(file);
    const digest = sha256Of(file);
    const after = statSync(file);
    return sameFile(before, after) ? { ino: before.ino, size: before.size, mtimeMs: before.mtimeMs, sha256: digest } : undefined;
  } catch {
    return undefined;
  }
}

/** A file's text, or undefined when it cannot be read. */
export function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * Compares a cache folder with the record the last finished build left in it
 * (core/build/cacheRecord.ts), before anything reads the folder, and removes every
 * entry that is damaged, unrecorded or missing a file: the build then makes it
 * again, as it would on a first build. A file is read only when its size is the
 * recorded one (any other size is damage already) and it may have been written
 * since it was recorded (its stamp is not the recorded one: unchangedSinceRecorded).
 * At 10,000 articles, reading every file took 3 s of each build; a folder the last
 * build left in place is now checked from its metadata alone, and one restored
 * from elsewhere is read whole, as before.
 */
export function checkCache(root: string): CacheCheck {
  const record = parseRecord(readText(join(root, CACHE_RECORD_FILE)));
  const files = listFiles(root);
  const found = new Map<string, FoundFile>();
  let bytes = 0;
  for (const [path, { size, stamp }] of files) {
    const recorded = isUnrecorded(path) ? undefined : record?.[path];
    if (recorded?.size !== size) {
      found.set(path, { size });
    } else if (unchangedSinceRecorded(recorded, size, stamp)) {
      found.set(path, { size, sha256: recorded.sha256 });
    } else {
      found.set(path, { size, sha256: sha256Of(join(root, path)) });
      bytes += size;
    }
  }
  const { drops, missing } = cacheDrops(record, found);
  for (const { entry } of drops) rmSync(join(root, entry), { recursive: true, force: true });
  const gone = new Set(drops.map(({ entry }) => entry));
  const dropped = (path: string) => gone.has(path) || gone.has(cacheEntryOf(path)) || gone.has(path.split('/')[0]!);
  const verified = new Map<string, VerifiedFile>();
  for (const [path, { size, sha256 }] of found) {
    if (sha256 && !dropped(path)) verified.set(path, { ino: files.get(path)!.ino, size, mtimeMs: files.get(path)!.mtimeMs, sha256 });
  }
  return { drops, missing, files: files.size, bytes, verified };
}

/** Of a cache folder's files (listFiles), those its record lists: not the record itself, nor its temporary copies. */
const recordable = (files: Iterable<[string, ListedFile]>) =>
  [...files].filter(([path]) => !isUnrecorded(path) && !path.startsWith(`${CACHE_RECORD_FILE}.`));

/** The files of a cache folder its record lists. */
const recordedFiles = (root: string) => recordable(listFiles(root));

/**
 * listFiles in a worker thread, so that the main thread goes on meanwhile (at 10,000 articles the cache
 * folder's 21,000 files took 0.3 s to list, which held back the search's runs in an incremental build).
 * The worker is ended when `stop()` is called; undefined when it was stopped or failed (nothing is then hashed ahead).
 * Where no worker can be made (tsx not installed), the folder is listed on the main thread on the next turn.
 */
function listFilesInWorker(root: string): { listed: Promise<Map<string, ListedFile> | undefined>; stop(): void } {
  let worker: Worker;
  try {
    const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
    worker = new Worker(new URL('./listFilesWorker.ts', import.meta.url), { workerData: root, execArgv: ['--import', tsx] });
  } catch {
    // No worker here (tsx not installed): listed on this thread, as before.
    return { listed: new Promise((done) => setImmediate(() => done(listFiles(root)))), stop: () => {} };
  }
  const listed = new Promise<Map<string, ListedFile> | undefined>((done) => {
    worker.once('message', (files: Map<string, ListedFile>) => done(files));
    worker.once('error', () => done(undefined));
    worker.once('exit', () => done(undefined));
  });
  return { listed, stop: () => void worker.terminate() };
}

/**
 * Hashes ahead, without blocking and a few files at a time, the files of a cache folder (listed in a worker
 * thread) that `verified` does not hold as they are, and adds each to it: begun once the pages are written, while Pagefind still indexes
 * and the main thread waits, so that recordCache at the end of the build reads only what changed since (at
 * 10,000 articles a clean build's record read and hashed 21,000 files, 3.3 s, after the last Pagefind run).
 * A file is taken only when its inode, size and modification time are the same before and after it is read:
 * one written meanwhile keeps its new time, and recordCache reads it again. `stop()` ends it before the next
 * file; `done` says how many files it hashed.
 */
export function verifyAhead(root: string, verified: Map<string, VerifiedFile>): { done: Promise<number>; stop(): void } {
  let stopped = false;
  let stopListing = () => {};
  const done = (async () => {
    let hashed = 0;
    const listing = listFilesInWorker(root);
    stopListing = listing.stop;
    const listed = await listing.listed;
    if (stopped || !listed) return 0;
    /** Whether `verified` does not hold a file as listed: asked again before each reading, for what the build hashes as it writes it (the content store). */
    const unverified = ([path, file]: [string, ListedFile]) => {
      const known = verified.get(path);
      return !known || !sameFile(known, file);
    };
    // A search bundle's staged pages are removed once it is made: hashing them ahead (10,000 pages while
    // both languages indexed) only took time from the indexing.
    const files = recordable(listed).filter((entry) => !isWorkingFile(entry[0]) && unverified(entry));
    await eachLimited(files, 8, async (entry) => {
      if (stopped || !unverified(entry)) return;
      const [path, listed] = entry;
      const file = join(root, path);
      const bytes = await readFile(file).catch(() => undefined);
      const after = await stat(file).catch(() => undefined);
      if (stopped || !bytes || !after || !sameFile(after, listed)) return;
      verified.set(path, { ino: listed.ino, size: listed.size, mtimeMs: listed.mtimeMs, sha256: sha256(bytes) });
      hashed += 1;
    });
    return hashed;
  })();
  return {
    done,
    stop: () => {
      stopped = true;
      stopListing();
    },
  };
}

/**
 * Writes the record of a cache folder once the build has finished with it: the
 * size, SHA-256 and stamp of every file, read again only when its inode, size or
 * modification time is not what `verified` (from checkCache) says. Written whole to a
 * temporary file and renamed, and last: a build stopped before this keeps the
 * previous record, against which what it left half-written shows as damage.
 * Returns how many files it recorded.
 */
export function recordCache(root: string, verified: ReadonlyMap<string, VerifiedFile>): number {
  const files = recordedFiles(root);
  const record: CacheRecord = {};
  for (const [path, listed] of files) {
    const { size, stamp } = listed;
    const known = verified.get(path);
    record[path] = { size, sha256: known && sameFile(known, listed) ? known.sha256 : sha256Of(join(root, path)), stamp };
  }
  writeFileWhole(join(root, CACHE_RECORD_FILE), recordText(record));
  return files.length;
}
