import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFile, link, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { eachLimited } from '../core/build/eachLimited';
import { sameFile, type FileLook } from '../core/build/cacheRecord';
import type { Locale } from '../core/language/locales';
import { pagefindRootUrl } from '../core/links/urls';
import { indexedPageCount, pagefindCliArgs } from '../search/pagefindCli';
import { bundlePagesSetting, bundleUrl, planBundles } from '../search/searchBundles';
import { mayHaveTraditional, simplifiedPage, SIMPLIFIED_TABLES } from '../search/simplifiedIndex';
import { sha256 } from './cacheCheck';
import { entriesUnder } from './folderEntries';
import { writeFileWhole } from './wholeFile';

/** How the working folders of a run begin (in the cache's pagefind/ folder): its staged pages, and the bundle being written. */
const STAGE = '.stage-';
const PARTIAL = '.partial-';

/** Where this process keeps its Pagefind runs (see `processRuns`). */
const RUNS = Symbol.for('zhiku.pagefindRuns');
interface PagefindRuns {
  running: Set<ChildProcess>;
  started: number;
  generation: number;
}

/** Pagefind's own command-line wrapper, as `npx pagefind` runs it, found where Node finds the package (its exports hide the file from require.resolve). */
function pagefindBin(): string {
  const folders = createRequire(import.meta.url).resolve.paths('pagefind') ?? [];
  const bin = folders.map((folder) => join(folder, 'pagefind/lib/runner/bin.cjs')).find((file) => existsSync(file));
  if (!bin) throw new Error('The pagefind package is not installed (npm install).');
  return bin;
}

let executable: string | undefined;
/**
 * The Pagefind executable that its wrapper (pagefindBin) runs, found as the wrapper finds it (the extended build
 * first; `PAGEFIND_EXTENDED_BINARY_PATH` and the like are honoured). Zhiku runs it itself: the wrapper runs it as a
 * child of its own and does not pass on a signal, so stopping the wrapper left Pagefind indexing on its own.
 * Loaded with `require` (Node's own loader), not `import()`: this module is part of the config, which Vite's
 * module runner loads and closes before the last runs begin.
 */
function pagefindExecutable(): string {
  if (executable) return executable;
  const resolver = join(dirname(pagefindBin()), '../resolveBinary.js');
  const { resolveBinaryPath } = createRequire(import.meta.url)(resolver) as { resolveBinaryPath: (names: string[]) => string };
  executable = resolveBinaryPath(['pagefind_extended', 'pagefind']);
  return executable;
}

/** One page a search bundle indexes: its path in the built site and a digest of its bytes. */
export interface IndexedPage {
  path: string;
  digest: string;
  /** Whether its text may hold Traditional characters, which the index holds in Simplified (search/simplifiedIndex.ts). */
  traditional: boolean;
}

/**
 * What indexedPages saw of each page, kept for the next build (`pagefind/<locale>.seen.json` in the cache):
 * the page file then (inode, size, modification time) and what its bytes gave (digest, or null without
 * `data-pagefind-body`; whether it may hold Traditional characters). A page restored from the incremental
 * cache is a hard link to its cache file, the same file as last build, so a republish reads again only the
 * pages rendered again: at 10,000 articles, reading and hashing every page took 1.6 s of each republish.
 * The file's inode, size and time stand for its bytes as they do for the cache check (site/cacheCheck.ts):
 * a page written again, or any new file, has a new time.
 */
export interface SeenPages {
  /** The file the record is kept in. */
  file: string;
  /** What a page's facts also depend on (the indexer's fingerprint): a record made under another key is not used. */
  key: string;
  /**
   * The pages this build wrote, by path in the built site, each with what its bytes gave as it was written
   * (writtenPage): taken as the record's, so that a page still as written is not read back.
   */
  written?: ReadonlyMap<string, SeenPage>;
}

/** A page as a record of seen pages holds it: the file (core/build/cacheRecord.ts FileLook) and what its bytes gave. */
export interface SeenPage extends FileLook {
  digest: string | null;
  traditional: boolean;
}

/** The format of a record of seen pages, and the code that makes its facts (indexedPage): a change to either makes a new key. */
const SEEN_FORMAT = 2;
const seenKey = (key: string) =>
  createHash('sha256').update(`${SEEN_FORMAT}\0${key}\0`).update(indexedPage.toString()).update(pageFacts.toString()).digest('hex');

/** The pages a record of seen pages holds, or none when it is missing, unreadable or made under another key. */
async function readSeen(seen: SeenPages): Promise<Map<string, SeenPage>> {
  try {
    const record = JSON.parse(await readFile(seen.file, 'utf8')) as { key?: unknown; pages?: unknown };
    if (record.key !== seenKey(seen.key) || typeof record.pages !== 'object' || record.pages === null) return new Map();
    return new Map(Object.entries(record.pages as Record<string, SeenPage>));
  } catch {
    return new Map();
  }
}

/** A page's stats, or undefined when it cannot be read. */
const statOf = (file: string) => {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
};

/**
 * The pages of a built site that a language's search indexes: its article pages
 * and its glossary page, those that carry `data-pagefind-body` (fallback pages and
 * alias redirects do not), with a digest of each. Sorted by path. With `seen`, a
 * page the last build saw as it is now is not read again (SeenPages), and the
 * record is written again for the next build.
 */
export async function indexedPages(site: string, locale: Locale, seen?: SeenPages): Promise<IndexedPage[]> {
  const articles = join(site, locale, 'articles');
  // Listed synchronously: Node's recursive listing awaits each of the 5,000 folders of a language at
  // 10,000 articles in turn, which took seconds while the build's main thread rendered the next pages.
  const entries = (() => {
    try {
      return entriesUnder(articles);
    } catch {
      return [];
    }
  })();
  const candidates = entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name).slice(site.length).replace(/^\/+/, ''));
  if (existsSync(join(site, locale, 'glossary', 'index.html'))) candidates.push(`${locale}/glossary/index.html`);
  const before = seen ? await readSeen(seen) : new Map<string, SeenPage>();
  for (const [path, page] of seen?.written ?? []) before.set(path, page);
  const now = new Map<string, SeenPage>();
  const pages = await eachLimited(candidates.sort(), 32, async (path) => {
    const file = join(site, path);
    // Stats are read synchronously: one after the other costs far less than as many promises (site/cacheCheck.ts).
    const stats = seen ? statOf(file) : undefined;
    const known = before.get(path);
    if (stats && known && sameFile(known, stats)) {
      now.set(path, known);
      return known.digest === null ? undefined : { path, digest: known.digest, traditional: known.traditional };
    }
    const page = indexedPage(path, await readFile(file));
    const after = seen ? statOf(file) : undefined;
    // Kept only when nothing wrote the page while it was read.
    if (stats && after && sameFile(stats, after)) {
      const { ino, size, mtimeMs } = stats;
      now.set(path, { ino, size, mtimeMs, digest: page?.digest ?? null, traditional: page?.traditional ?? false });
    }
    return page;
  });
  if (seen) writeFileWhole(seen.file, `${JSON.stringify({ key: seenKey(seen.key), pages: Object.fromEntries(now) })}\n`);
  return pages.filter((page): page is IndexedPage => page !== undefined);
}

/** A built page as its search indexes it, or undefined when it carries no `data-pagefind-body` (a fallback page, a redirect). */
function indexedPage(path: string, bytes: Buffer): IndexedPage | undefined {
  const { digest, traditional } = pageFacts(bytes, sha256(bytes));
  return digest === null ? undefined : { path, digest, traditional };
}

/** What the search takes of a page's bytes, given their SHA-256: its digest (null when it carries no `data-pagefind-body`) and whether it may hold Traditional characters. */
function pageFacts(bytes: Buffer | string, sha256: string): Omit<SeenPage, keyof FileLook> {
  if (!bytes.includes('data-pagefind-body')) return { digest: null, traditional: false };
  return { digest: sha256, traditional: mayHaveTraditional(bytes) };
}

/**
 * What the search takes of a page the build has just written (`file`, its look once written) from the bytes
 * it wrote and their SHA-256: a record indexedPages takes as it takes those of the last build (SeenPages.written).
 */
export function writtenPage(file: FileLook, body: string | Uint8Array, sha256: string): SeenPage {
  const bytes = typeof body === 'string' ? body : Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  return { ino: file.ino, size: file.size, mtimeMs: file.mtimeMs, ...pageFacts(bytes, sha256) };
}

/**
 * What Pagefind's output depends on besides the pages: its version, the arguments, any Pagefind settings of
 * the environment, and the conversion of Traditional pages (its code and OpenCC's tables). Read once per build.
 */
export async function indexerFingerprint(): Promise<string> {
  const packageJson = join(dirname(pagefindBin()), '../../package.json');
  const { version } = JSON.parse(await readFile(packageJson, 'utf8')) as { version: string };
  const settings = Object.entries(process.env)
    .filter(([name]) => name.startsWith('PAGEFIND_'))
    .sort(([a], [b]) => a.localeCompare(b));
  const configs = await Promise.all(
    ['pagefind.json', 'pagefind.yml', 'pagefind.yaml', 'pagefind.toml'].map((file) => readFile(file, 'utf8').catch(() => '')),
  );
  const simplified = createHash('sha256')
    .update(await readFile(fileURLToPath(new URL('../search/simplifiedIndex.ts', import.meta.url))))
    .update(SIMPLIFIED_TABLES.join('\0'))
    .digest('hex');
  return JSON.stringify({ version, settings, configs, args: pagefindCliArgs('', 'en', ''), simplified });
}

/**
 * The cache key of one search bundle: everything its files depend on (the pages'
 * paths and bytes, the language, Pagefind's version, arguments and settings).
 * Two builds with the same key write the same bundle, byte for byte.
 */
export function bundleKey(locale: Locale, pages: readonly IndexedPage[], indexer: string): string {
  const hash = createHash('sha256').update(indexer).update(`\0${locale}\0`);
  for (const page of pages) hash.update(`${page.path}\0${page.digest}\n`);
  return hash.digest('hex').slice(0, 32);
}

/**
 * The Pagefind runs of this process, kept on `globalThis`: Astro evaluates the config, and with it this module, again
 * for each build, and a build must see the runs that an earlier one in the same process left (stopIndexing).
 * `running`: those still going. `started`: how many have begun, which names each run's working folders.
 * `generation`: how many builds have begun indexing (beginIndexing), so that the steps of an earlier one stop.
 */
const processRuns = ((globalThis as { [RUNS]?: PagefindRuns })[RUNS] ??= (() => {
  const made: PagefindRuns = { running: new Set(), started: 0, generation: 0 };
  // A build that fails while Pagefind indexes (it starts while pages render) stops it as the process exits.
  process.once('exit', () => {
    for (const child of made.running) child.kill();
  });
  return made;
})());

/**
 * Begins the indexing of a build in this process: stops every Pagefind run an earlier build left going (a build that
 * failed, its process kept alive, as when Astro's build API is called again) and resolves, once each has exited, with
 * how many there were; the earlier build's own steps stop at the next check of isCurrent. Working folders that no run
 * of this process holds (left by a process killed before it could remove them) are removed from `cacheRoot`.
 */
export async function beginIndexing(cacheRoot?: string): Promise<number> {
  processRuns.generation += 1;
  const stopped = await stopIndexing();
  if (cacheRoot) {
    const names = await readdir(cacheRoot).catch(() => [] as string[]);
    const working = names.filter((name) => name.startsWith(STAGE) || name.startsWith(PARTIAL));
    await Promise.all(working.map((name) => rm(join(cacheRoot, name), { recursive: true, force: true })));
  }
  return stopped;
}

/** The build whose indexing began last (beginIndexing), to give isCurrent. */
export const indexingGeneration = (): number => processRuns.generation;

/** Whether no build has begun indexing since the one that took `generation` (indexingGeneration). */
export const isCurrent = (generation: number): boolean => generation === processRuns.generation;

/** Stops every Pagefind run of this process that is still going, and resolves once each has exited with how many there were. */
export async function stopIndexing(): Promise<number> {
  const children = [...processRuns.running];
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once('close', () => resolve());
          child.kill();
        }),
    ),
  );
  return children.length;
}

/** Runs the Pagefind CLI in a process of its own; resolves with the pages it indexed, rejects with its output when it fails. */
function runPagefindCli(args: string[], name: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(pagefindExecutable(), args, { stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });
    processRuns.running.add(child);
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      processRuns.running.delete(child);
      const pages = indexedPageCount(output);
      if (code === 0 && pages !== undefined) resolve(pages);
      else reject(new Error(`Pagefind (search bundle ${name}) ${signal ? `was stopped (${signal})` : `exited with ${code}`}:\n${output}`));
    });
  });
}

/**
 * Gives a folder the listed pages of a built site, at the same paths (so results link to the pages themselves):
 * hard links where the file system allows, else copies; a page with Traditional characters as a copy whose text is Simplified.
 */
async function stagePages(site: string, pages: readonly IndexedPage[], stage: string): Promise<void> {
  await rm(stage, { recursive: true, force: true });
  await eachLimited(pages, 32, async ({ path, traditional }) => {
    const target = join(stage, path);
    await mkdir(dirname(target), { recursive: true });
    const simplified = traditional ? simplifiedPage(await readFile(join(site, path), 'utf8')) : undefined;
    if (simplified !== undefined) await writeFile(target, simplified);
    else await link(join(site, path), target).catch(() => copyFile(join(site, path), target));
  });
}

/**
 * Gives a folder the files of another, many at a time (a bundle holds a file per page: `fs.cp` copies one after
 * the other, 4× slower here): hard links where the file system allows, else copies. A cached bundle is never
 * written again (a new one takes a new folder), a build empties dist/ by unlinking, and the cache check
 * (integrations/cacheCheck.ts) drops an entry whose bytes changed.
 */
export async function linkFolder(from: string, to: string): Promise<void> {
  const files = (await readdir(from, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  const paths = files.map((entry) => join(entry.parentPath, entry.name).slice(from.length));
  for (const folder of new Set(paths.map((path) => dirname(join(to, path))))) await mkdir(folder, { recursive: true });
  await eachLimited(paths, 32, (path) => link(join(from, path), join(to, path)).catch(() => copyFile(join(from, path), join(to, path))));
}

/** A search bundle made for a language: its URL in the site, the folder holding it, and how many pages it indexes. */
export interface IndexedBundle {
  url: string;
  entry: string;
  reused: boolean;
  pages: number;
}

/**
 * A language's search bundles (search/searchBundles.ts) of its indexed pages: each bundle's URL in the
 * site and the run of the Pagefind CLI that makes it (indexBundle).
 */
export function languageRuns(locale: Locale, pages: readonly IndexedPage[]): (BundleRun & { url: string })[] {
  const byPath = new Map(pages.map((page) => [page.path, page]));
  const plan = planBundles([...byPath.keys()], bundlePagesSetting(locale, process.env.ZHIKU_SEARCH_BUNDLE_PAGES));
  return plan.map((paths, n) => {
    const url = bundleUrl(locale, n);
    return {
      url,
      name: url.slice(pagefindRootUrl().length, -1),
      locale,
      pages: paths.map((path) => byPath.get(path)!),
      whole: plan.length === 1,
    };
  });
}

export interface BundleRun {
  /** The bundle's name, its folder under /pagefind/ (`zh`, `zh-2`). */
  name: string;
  locale: Locale;
  pages: readonly IndexedPage[];
  /** Whether the bundle holds every page of its language that the site indexes (the language has this bundle alone). */
  whole?: boolean;
}

/**
 * Makes one search bundle of pages found in `site` (the built site, or any folder holding its pages
 * at the same paths) and gives the folder holding it: the cache's when a bundle of the same pages
 * was indexed before (same key, with `cache.indexer` from indexerFingerprint), else indexed by the
 * Pagefind CLI (one process per bundle, so that its memory is given back before the next) and kept
 * in the cache. The cache keeps one bundle per name: the latest. publishBundle copies it into the site.
 */
export async function indexBundle(
  site: string,
  run: BundleRun,
  cache: { root: string; indexer: string },
): Promise<{ entry: string; reused: boolean }> {
  const cacheRoot = cache.root;
  const key = bundleKey(run.locale, run.pages, cache.indexer);
  const folder = join(cacheRoot, run.name);
  const entry = join(folder, key);
  const reused = await stat(entry).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (!reused) {
    // A bundle of every page its language indexes, none with Traditional characters, is indexed from the site
    // itself: Pagefind's glob takes those pages alone (the language's pages that carry no `data-pagefind-body`
    // it leaves out, as it does from a staged folder). Any other has its pages staged in a folder of their own.
    // Its working folders are its own (no other run, of this process or another, writes in them) and go when it ends.
    const direct = run.whole === true && !run.pages.some((page) => page.traditional);
    const own = `${run.name}-${process.pid}-${++processRuns.started}`;
    const stage = direct ? site : join(cacheRoot, `${STAGE}${own}`);
    const partial = join(cacheRoot, `${PARTIAL}${own}`);
    try {
      if (!direct) await stagePages(site, run.pages, stage);
      const indexed = await runPagefindCli(pagefindCliArgs(stage, run.locale, partial), run.name);
      if (indexed !== run.pages.length) {
        throw new Error(`Pagefind indexed ${indexed} of the ${run.pages.length} pages of search bundle ${run.name}.`);
      }
      // The finished bundle takes the place of older ones under its name, in one rename: a build stopped
      // half-way leaves a partial folder, never a cache entry.
      await rm(folder, { recursive: true, force: true });
      await mkdir(folder, { recursive: true });
      await rename(partial, entry);
    } finally {
      if (!direct) await rm(stage, { recursive: true, force: true });
      await rm(partial, { recursive: true, force: true });
    }
  }
  return { entry, reused };
}

/** Puts a search bundle that indexBundle made into its folder of the built site, `output`. */
export async function publishBundle(entry: string, output: string): Promise<void> {
  await rm(output, { recursive: true, force: true });
  await linkFolder(entry, output);
}
