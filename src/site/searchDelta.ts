import { readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { constants, gunzipSync } from 'node:zlib';
import type { Locale } from '../core/language/locales';
import { deltaBundleUrl, fragmentUrl, hiddenPages, leadingUrl, indexedPageUrl, pageChanges, type BundlePage } from '../search/searchDelta';
import { sha256 } from './cacheCheck';
import { bundleKey, indexBundle, linkFolder, publishBundle, type BundleRun, type IndexedPage } from './runPagefind';

/** Where the search cache lives, and the fingerprint of the indexer (runPagefind.ts indexerFingerprint). */
export interface SearchCache {
  root: string;
  indexer: string;
}

/** What the last full index of a bundle indexed: kept next to its cache entry, as `pagefind/<name>.pages.json`. */
interface BaseRecord {
  locale: Locale;
  indexer: string;
  key: string;
  pages: [path: string, digest: string][];
}

const recordFile = (cache: SearchCache, name: string) => join(cache.root, `${name}.pages.json`);
const indexerDigest = (indexer: string) => sha256(indexer);

/** Records which pages a bundle's cache entry indexed, once it is there: a later build indexes only what differs from them. */
export async function recordBase(cache: SearchCache, run: BundleRun): Promise<void> {
  const key = bundleKey(run.locale, run.pages, cache.indexer);
  const record: BaseRecord = {
    locale: run.locale,
    indexer: indexerDigest(cache.indexer),
    key,
    pages: run.pages.map((page) => [page.path, page.digest]),
  };
  await writeFile(recordFile(cache, run.name), `${JSON.stringify(record)}\n`);
}

/** A bundle's last full index: its cache entry, key and pages (path → digest). */
interface Base {
  entry: string;
  key: string;
  pages: Map<string, string>;
}

/** The base of a bundle: its record and cache entry, if both are there and were made by this indexer for this language. */
async function readBase(cache: SearchCache, run: BundleRun): Promise<Base | undefined> {
  const text = await readFile(recordFile(cache, run.name), 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  let record: BaseRecord;
  try {
    record = JSON.parse(text) as BaseRecord;
  } catch {
    return undefined;
  }
  if (record.locale !== run.locale || record.indexer !== indexerDigest(cache.indexer) || !Array.isArray(record.pages)) return undefined;
  const entry = join(cache.root, run.name, String(record.key));
  const there = await stat(entry).then(
    (s) => s.isDirectory(),
    () => false,
  );
  return there ? { entry, key: record.key, pages: new Map(record.pages) } : undefined;
}

/** What a Pagefind file holds before its JSON, once inflated. */
const SIGNATURE = 'pagefind_dcd';
/** How much of a fragment file is inflated first: its URL comes at the start of its JSON. */
const FRAGMENT_START_BYTES = 512;

/**
 * The URL a Pagefind fragment file is for, from its bytes (gzip of the signature, then JSON): the start of the
 * file is inflated, and the rest only when the URL does not end within it (a long URL, another shape). The
 * start inflates to the start of the whole, so a URL read from it is the file's (a file cut short after its URL
 * still gives it: the cache check finds such damage). Throws when the start does not inflate.
 * @example fragmentFileUrl(gzipSync('pagefind_dcd{"url":"/en/a/","content":"A text."}')) => '/en/a/'
 */
export function fragmentFileUrl(bytes: Uint8Array): string {
  const start = gunzipSync(bytes.subarray(0, FRAGMENT_START_BYTES), { finishFlush: constants.Z_SYNC_FLUSH });
  const url = leadingUrl(start.subarray(SIGNATURE.length).toString('utf8'));
  return url ?? fragmentUrl(gunzipSync(bytes).subarray(SIGNATURE.length).toString('utf8'));
}

/** The name of bundlePages' memo beside a cache entry: another when what it holds changes. */
const MEMO_FORMAT = 'fragments-1';
const memoFile = (entry: string) => `${entry}.${MEMO_FORMAT}.json`;

/**
 * The pages of a Pagefind bundle folder, by the fragment files it holds (a fragment's name is its page's id):
 * with `read`, the URL each holds and a digest of its bytes (gzip, a `pagefind_dcd` signature, then JSON);
 * without, the ids alone. With `memo` (a file beside a cache entry, which never changes once made), what
 * was read is kept there and taken back while the folder holds the same fragment files: reading the 5,000
 * fragments of a base bundle took 0.35-0.4 s of each republish at 10,000 articles. Of each fragment only the
 * start is inflated and its URL parsed (fragmentFileUrl).
 */
async function bundlePages(folder: string, read: boolean, memo?: string): Promise<BundlePage[]> {
  const files = (await readdir(join(folder, 'fragment'))).filter((file) => file.endsWith('.pf_fragment'));
  const idOf = (file: string) => file.slice(0, -'.pf_fragment'.length);
  if (!read) return files.map((file) => ({ id: idOf(file), url: '', fragment: '' }));
  const known = memo === undefined ? undefined : await readMemo(memo);
  if (known && known.length === files.length && files.every((file, n) => known[n]!.id === idOf(file))) return known;
  // One after the other, on this thread: the 5,000 small files of a bundle are read in ~50 ms so, and took ~250 ms
  // more as trips through the thread pool.
  const pages = files.map((file) => {
    const bytes = readFileSync(join(folder, 'fragment', file));
    return { id: idOf(file), url: fragmentFileUrl(bytes), fragment: sha256(bytes) };
  });
  if (memo !== undefined) await writeFile(memo, `${JSON.stringify(pages)}\n`).catch(() => undefined);
  return pages;
}

/**
 * Keeps the pages of a bundle just made in its cache entry (`entry`) in the memo bundlePages reads when
 * the bundle is the base of a delta: made with the bundle, while its fragments are fresh in memory, instead of
 * by the next republish (at 10,000 articles 0.4-0.8 s of the first republish after a full index).
 */
export async function rememberBundlePages(entry: string): Promise<void> {
  await bundlePages(entry, true, memoFile(entry));
}

/** The pages a memo of bundlePages holds, or undefined when it is missing or not one. */
async function readMemo(file: string): Promise<BundlePage[] | undefined> {
  try {
    const pages = JSON.parse(await readFile(file, 'utf8')) as unknown;
    const isPage = (p: unknown) => {
      const page = p as Partial<BundlePage> | null;
      return typeof page?.id === 'string' && typeof page.url === 'string' && typeof page.fragment === 'string';
    };
    return Array.isArray(pages) && pages.every(isPage) ? (pages as BundlePage[]) : undefined;
  } catch {
    return undefined;
  }
}

/** A language indexed as its bases and a delta. */
export interface DeltaIndex {
  /** The bundles to list for the language, its delta (if it has pages) last. */
  urls: string[];
  /** Pagefind ids of the bases' pages that the browser drops. */
  hidden: string[];
  /** Pages in the delta, and whether it was copied from the cache. */
  pages: number;
  reused: boolean;
}

/**
 * Indexes what changed in a language since its bases into its delta bundle, and writes the
 * bases and the delta into the built site (`site`, the bundles at `urls` in the order of `runs`).
 * `undefined` when the language must be indexed in full instead: a bundle has no base, none
 * changed, more than `limit` pages changed, or ids collide (search/searchDelta.ts hiddenPages).
 */
export async function indexDelta(
  site: string,
  locale: Locale,
  runs: readonly (BundleRun & { url: string })[],
  cache: SearchCache,
  limit: number,
): Promise<DeltaIndex | undefined> {
  if (limit === 0) return undefined;
  const bases: Base[] = [];
  for (const run of runs) {
    const base = await readBase(cache, run);
    if (!base) return undefined;
    bases.push(base);
  }
  const changedRuns = runs.filter((run, n) => bundleKey(locale, run.pages, cache.indexer) !== bases[n]!.key);
  if (changedRuns.length === 0) return undefined;
  const byPath = new Map<string, IndexedPage>(runs.flatMap((run) => run.pages.map((page) => [page.path, page])));
  const { changed, removed } = pageChanges(
    new Map(bases.flatMap((base) => [...base.pages])),
    new Map([...byPath].map(([path, page]) => [path, page.digest])),
  );
  if (changed.length > limit) return undefined;

  const deltaUrl = deltaBundleUrl(locale);
  const deltaOutput = join(site, deltaUrl);
  let reused = false;
  let delta: BundlePage[] = [];
  if (changed.length > 0) {
    const run = { name: deltaUrl.split('/').at(-2)!, locale, pages: changed.map((path) => byPath.get(path)!) };
    const made = await indexBundle(site, run, cache);
    await publishBundle(made.entry, deltaOutput);
    reused = made.reused;
    delta = await bundlePages(deltaOutput, true);
  }
  // Only the bundles whose pages changed are read whole; of the others, the ids are enough.
  const changedNames = new Set(changedRuns.map((run) => run.name));
  const base = (
    await Promise.all(runs.map((run, n) => bundlePages(bases[n]!.entry, changedNames.has(run.name), memoFile(bases[n]!.entry))))
  ).flat();
  const basePages = new Set(bases.flatMap((b) => [...b.pages.keys()]));
  const hidden = hiddenPages(base, delta, [...changed, ...removed].filter((path) => basePages.has(path)).map(indexedPageUrl));
  if (hidden === undefined) {
    await rm(deltaOutput, { recursive: true, force: true });
    return undefined;
  }
  for (const [n, run] of runs.entries()) {
    const output = join(site, run.url);
    await rm(output, { recursive: true, force: true });
    await mkdir(output, { recursive: true });
    await linkFolder(bases[n]!.entry, output);
  }
  return { urls: [...runs.map((run) => run.url), ...(changed.length > 0 ? [deltaUrl] : [])], hidden, pages: changed.length, reused };
}
