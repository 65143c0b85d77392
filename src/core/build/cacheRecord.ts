/**
 * The record of a build cache (Astro's cacheDir): every file a later build may
 * reuse, by its path in the cache folder, with its size and SHA-256, as the
 * last build that finished left it. The next build compares the folder with
 * the record before anything reads it, and drops what differs
 * (site/cacheCheck.ts): a damaged, missing or unrecorded entry is rebuilt,
 * never published.
 */

/**
 * One cached file as recorded: its size in bytes, its SHA-256 (hex), and the stamp
 * of the file as the record found it on disk (fileStamp), when it was stat'ed.
 */
export interface CachedFile {
  size: number;
  sha256: string;
  stamp?: string;
}

/** What the file system says of a file that tells whether it was written since: see fileStamp. */
export interface FileStat {
  ino: number;
  mtimeMs: number;
  ctimeMs: number;
}

/** A file as one look at it saw it: its inode, size and modification time stand for its bytes until one of them changes. */
export interface FileLook {
  ino: number;
  size: number;
  mtimeMs: number;
}

/**
 * Whether two looks at a file saw the same file unchanged: same inode, size and modification time.
 * @example sameFile({ ino: 1, size: 2, mtimeMs: 3 }, { ino: 1, size: 2, mtimeMs: 3 }) => true
 */
export function sameFile(a: FileLook, b: FileLook): boolean {
  return a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs;
}

/**
 * A file's stamp: its inode number, modification time and change time. A file
 * whose stamp and size are still the recorded ones has not been written since
 * it was recorded, so its recorded SHA-256 stands without reading it: every
 * write sets both times; setting the modification time back (touch, utimes,
 * a tar or rsync that keeps times) sets the change time to now, which nothing
 * short of the kernel's clock can set back; and a file put in its place (a
 * cache restored, copied or unpacked) has another inode or change time. So a
 * build stopped mid-write, a cache cut short, a file edited by hand or restored
 * from elsewhere is still read and hashed; only damage below the file system,
 * which leaves the file's metadata alone, goes unseen until the file is next written.
 * File times tick in coarse steps (a few ms), so a write in the same tick as the
 * record's look at the file would keep its stamp: none comes from the build itself,
 * which writes its record last, and a cache folder is not shared by builds running
 * at the same time (docs/hosting.md).
 * @example fileStamp({ ino: 42, mtimeMs: 1700000000000.5, ctimeMs: 1700000000001.25 }) => '42:1700000000000.5:1700000000001.25'
 */
export function fileStamp({ ino, mtimeMs, ctimeMs }: FileStat): string {
  return `${ino}:${mtimeMs}:${ctimeMs}`;
}

/**
 * Whether a file found with `size` and `stamp` is, unread, the one recorded (in the cache record, or in a reading
 * of the content folder: ContentFile `look`): same size, same stamp.
 * @example unchangedSinceRecorded({ size: 2, sha256: 'ab', stamp: '1:2:3' }, 2, '1:2:3') => true; unchangedSinceRecorded({ size: 2, sha256: 'ab' }, 2, '1:2:3') => false
 */
export function unchangedSinceRecorded(
  recorded: (Pick<CachedFile, 'size'> & Partial<CachedFile>) | undefined,
  size: number,
  stamp: string,
): boolean {
  return recorded !== undefined && recorded.stamp !== undefined && recorded.size === size && recorded.stamp === stamp;
}

/** Cached files by their path in the cache folder ('/'-separated). */
export type CacheRecord = Record<string, CachedFile>;

/** A file found in the cache folder: its size, and its SHA-256 when it was worth reading (its size is the recorded one). */
export interface FoundFile {
  size: number;
  sha256?: string;
}

/** An entry to remove from the cache before the build reads it, and why. */
export interface CacheDrop {
  /** The file or folder removed, as a path in the cache folder. */
  entry: string;
  reason: string;
}

/** The record's own file in the cache folder. */
export const CACHE_RECORD_FILE = 'zhiku-cache-record.json';

/** Astro's incremental build manifest: which pages it copies, and the images they show. */
const PAGE_MANIFEST = 'incremental-build.json';

/** Bumped when the stored shape changes: a record of another format is no record. */
const FORMAT = 1;

/** Why every file of a cache folder goes when it holds no record: no build has finished with it (other commands wrote it). */
export const NO_RECORD = 'no record of the last finished build';

/**
 * Files the record leaves out: its own file, and caches that check themselves
 * against a digest stored inside them (the validator's, site/validation/bodyCacheFile.ts;
 * the frontmatter's, site/frontmatterCache.ts, which is read before the check runs).
 * @example isUnrecorded('zhiku-validation.json') => true; isUnrecorded('pages/0f236433d946056e261f054fd6834084.html') => false
 */
export function isUnrecorded(path: string): boolean {
  return path === CACHE_RECORD_FILE || path === 'zhiku-validation.json' || path === 'zhiku-frontmatter.json';
}

/**
 * Whether a cached file is in a folder a build works in and removes when done with it: the pages
 * staged for a search bundle and the bundle being written (`pagefind/.stage-<name>-<run>/`, `pagefind/.partial-<name>-<run>/`).
 * @example isWorkingFile('pagefind/.stage-zh-81-1/zh/articles/a/index.html') => true; isWorkingFile('pagefind/zh/3f9a/pagefind.js') => false
 */
export function isWorkingFile(path: string): boolean {
  return path.startsWith('pagefind/.');
}

/**
 * The entry a cached file is kept or dropped with: a Pagefind search bundle
 * (`pagefind/<name>/<key>/…`) is reused whole or indexed again whole, so it goes
 * as one folder, and so does a folder a stopped build left half-written
 * (`pagefind/.stage-<name>-<run>/`, `pagefind/.partial-<name>-<run>/`); every other file
 * stands alone (Astro renders again one page whose copy is missing, and
 * optimises again one image).
 * @example cacheEntryOf('pagefind/en/3f9a/fragment/x.pf_fragment') => 'pagefind/en/3f9a'; cacheEntryOf('pages/0f23.html') => 'pages/0f23.html'
 */
export function cacheEntryOf(path: string): string {
  const parts = path.split('/');
  if (parts[0] !== 'pagefind' || parts.length < 3) return path;
  return parts.slice(0, parts[1]!.startsWith('.') ? 2 : 3).join('/');
}

/**
 * The text of a record, paths sorted.
 * @example recordText({ 'a.json': { size: 2, sha256: 'ab', stamp: '1:2:3' } }) => '{"format":1,"files":{"a.json":[2,"ab","1:2:3"]}}\n'
 */
export function recordText(record: CacheRecord): string {
  const files = Object.fromEntries(
    Object.keys(record)
      .sort()
      .map((path) => {
        const { size, sha256, stamp } = record[path]!;
        return [path, stamp === undefined ? [size, sha256] : [size, sha256, stamp]];
      }),
  );
  return `${JSON.stringify({ format: FORMAT, files })}\n`;
}

/**
 * Reads a record's text: undefined when it is missing, unreadable or of another format.
 * @example parseRecord('{"format":1,"files":{"a.json":[2,"ab"]}}') => { 'a.json': { size: 2, sha256: 'ab' } }; parseRecord('{"form') => undefined
 */
export function parseRecord(text: string | undefined): CacheRecord | undefined {
  if (text === undefined) return undefined;
  try {
    const stored = JSON.parse(text) as { format?: unknown; files?: unknown };
    if (stored.format !== FORMAT || typeof stored.files !== 'object' || stored.files === null) return undefined;
    const record: CacheRecord = {};
    for (const [path, value] of Object.entries(stored.files)) {
      if (!Array.isArray(value) || typeof value[0] !== 'number' || typeof value[1] !== 'string') return undefined;
      if (value[2] !== undefined && typeof value[2] !== 'string') return undefined;
      record[path] = value[2] === undefined ? { size: value[0], sha256: value[1] } : { size: value[0], sha256: value[1], stamp: value[2] };
    }
    return record;
  } catch {
    return undefined;
  }
}

/** Why a found file is not the recorded one, if it is not. */
function damage(found: FoundFile, recorded: CachedFile | undefined): string | undefined {
  if (!recorded) return 'not in the record of the last finished build';
  if (found.size !== recorded.size) return `damaged: ${found.size} bytes, recorded ${recorded.size}`;
  if (found.sha256 !== recorded.sha256) return 'damaged: its SHA-256 is not the recorded one';
  return undefined;
}

/**
 * What to remove from a cache folder before a build reads it: every entry
 * (cacheEntryOf) holding a file that is not in the record or differs from it,
 * or missing a recorded file, and Astro's incremental build manifest when an
 * optimised image goes. Without a record (none yet, or unreadable),
 * everything goes, folder by top folder. `missing` lists the recorded entries
 * that are gone whole (the build makes them again: nothing to remove).
 * @example cacheDrops({ 'a.json': { size: 2, sha256: 'ab' } }, new Map([['a.json', { size: 1 }]])) => { drops: [{ entry: 'a.json', reason: 'damaged: 1 bytes, recorded 2' }], missing: [] }
 */
export function cacheDrops(
  record: CacheRecord | undefined,
  found: ReadonlyMap<string, FoundFile>,
): { drops: CacheDrop[]; missing: string[] } {
  const reasons = new Map<string, string>();
  const flag = (entry: string, reason: string) => {
    if (!reasons.has(entry)) reasons.set(entry, reason);
  };
  for (const [path, file] of found) {
    if (isUnrecorded(path)) continue;
    if (!record) {
      flag(path.split('/')[0]!, NO_RECORD);
      continue;
    }
    const reason = damage(file, record[path]);
    const entry = cacheEntryOf(path);
    if (reason) flag(entry, entry === path ? reason : `${path.slice(entry.length + 1)}: ${reason}`);
  }
  const present = new Set([...found.keys()].map(cacheEntryOf));
  const missing = new Set<string>();
  for (const path of Object.keys(record ?? {})) {
    if (found.has(path)) continue;
    const entry = cacheEntryOf(path);
    if (present.has(entry)) flag(entry, `${path.slice(entry.length + 1)}: missing`);
    else missing.add(entry);
  }
  // Astro optimises an image again only for a page it renders (a page it copies finds no original to read),
  // so an image dropped or gone takes with it the manifest that lets pages be copied: every page renders again.
  const images = [...reasons.keys(), ...missing].filter((entry) => entry.startsWith('assets/'));
  if (images.length && found.has(PAGE_MANIFEST)) {
    flag(PAGE_MANIFEST, `the optimised image ${images[0]} is made again, which Astro does only for pages it renders`);
  }
  const drops = [...reasons].map(([entry, reason]) => ({ entry, reason })).sort((a, b) => a.entry.localeCompare(b.entry));
  return { drops, missing: [...missing].sort() };
}
