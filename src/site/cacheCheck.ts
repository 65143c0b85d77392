import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import {
  cacheDrops,
  cacheEntryOf,
  CACHE_RECORD_FILE,
  isUnrecorded,
  parseRecord,
  recordText,
  type CacheDrop,
  type CacheRecord,
  type FoundFile,
} from '../core/cacheRecord';
import { eachLimited } from '../core/eachLimited';

/** Files read at once: enough to keep the disk busy, few enough to stay out of the build's way. */
const READS = 16;

/** A cache file as this build last verified or wrote it: its size and modification time stand for its bytes until either changes. */
export interface VerifiedFile {
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

/** Every file under `root` with its size and modification time, by its '/'-separated path; none when the folder does not exist. */
async function listFiles(root: string): Promise<Map<string, { size: number; mtimeMs: number }>> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  const paths = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
  const stats = await eachLimited(paths, READS, (path) => stat(path));
  return new Map(paths.map((path, i) => [relative(root, path).split(sep).join('/'), { size: stats[i]!.size, mtimeMs: stats[i]!.mtimeMs }]));
}

const sha256Of = async (file: string) =>
  createHash('sha256')
    .update(await readFile(file))
    .digest('hex');

/**
 * Compares a cache folder with the record the last finished build left in it
 * (core/cacheRecord.ts), before anything reads the folder, and removes every
 * entry that is damaged, unrecorded or missing a file: the build then makes it
 * again, as it would on a first build. A file is read only when its size is the
 * recorded one (any other size is damage already).
 */
export async function checkCache(root: string): Promise<CacheCheck> {
  const record = parseRecord(await readFile(join(root, CACHE_RECORD_FILE), 'utf8').catch(() => undefined));
  const files = await listFiles(root);
  const found = new Map<string, FoundFile>();
  let bytes = 0;
  await eachLimited([...files], READS, async ([path, { size }]) => {
    const read = !isUnrecorded(path) && record?.[path]?.size === size;
    found.set(path, read ? { size, sha256: await sha256Of(join(root, path)) } : { size });
    if (read) bytes += size;
  });
  const { drops, missing } = cacheDrops(record, found);
  await eachLimited(drops, READS, ({ entry }) => rm(join(root, entry), { recursive: true, force: true }));
  const gone = new Set(drops.map(({ entry }) => entry));
  const dropped = (path: string) => gone.has(path) || gone.has(cacheEntryOf(path)) || gone.has(path.split('/')[0]!);
  const verified = new Map<string, VerifiedFile>();
  for (const [path, { size, sha256 }] of found) {
    if (sha256 && !dropped(path)) verified.set(path, { size, mtimeMs: files.get(path)!.mtimeMs, sha256 });
  }
  return { drops, missing, files: files.size, bytes, verified };
}

/**
 * Writes the record of a cache folder once the build has finished with it: the
 * size and SHA-256 of every file, read again only when its size or modification
 * time is not what `verified` (from checkCache) says. Written whole to a
 * temporary file and renamed, and last: a build stopped before this keeps the
 * previous record, against which what it left half-written shows as damage.
 * Returns how many files it recorded.
 */
export async function recordCache(root: string, verified: ReadonlyMap<string, VerifiedFile>): Promise<number> {
  const files = [...(await listFiles(root))].filter(([path]) => !isUnrecorded(path) && !path.startsWith(`${CACHE_RECORD_FILE}.`));
  const record: CacheRecord = {};
  await eachLimited(files, READS, async ([path, { size, mtimeMs }]) => {
    const known = verified.get(path);
    const sha256 = known && known.size === size && known.mtimeMs === mtimeMs ? known.sha256 : await sha256Of(join(root, path));
    record[path] = { size, sha256 };
  });
  await mkdir(root, { recursive: true });
  const temporary = join(root, `${CACHE_RECORD_FILE}.${process.pid}.tmp`);
  await writeFile(temporary, recordText(record));
  await rename(temporary, join(root, CACHE_RECORD_FILE));
  return files.length;
}
