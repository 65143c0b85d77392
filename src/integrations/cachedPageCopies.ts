import type { AstroIntegration } from 'astro';
import fs, {
  constants,
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
  type Stats,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeInBatches } from '../site/batchedOutput';
import { NODE_OWN, nodeOwn } from '../site/nodeOwn';
import { cachedOutputs, pageCopyFile, PAGE_COPIES } from '../core/build/cachedOutputs';
import { readText, sha256 as sha256Of, type VerifiedFile } from '../site/cacheCheck';
import { dropPage, dropUnbuilt, dropUnlisted, keepCachedPages, type KeptPage } from '../site/publishInPlace';
import { writtenPage, type SeenPage } from '../site/runPagefind';

/** Astro's incremental build cache (astro/dist/core/build/incremental.js), as far as it is used here. */
interface IncrementalBuildCache {
  canSkip(this: object, routeComponent: string, pathname: string, ...rest: unknown[]): boolean;
  record(
    this: object,
    routeComponent: string,
    dependencyHash: string,
    pathname: string,
    cacheKey: string,
    outputFile: string,
    ...rest: unknown[]
  ): void;
  restoreOutputFile(this: object, settings: { config: { cacheDir: URL } }, outputFile: string, destination: URL): Promise<boolean>;
  writeOutputFile(this: object, settings: BuildSettings, outputFile: string, body: string | Uint8Array): Promise<void>;
  deleteOutputFile(this: object, settings: { config: { cacheDir: URL } }, outputFile: string): Promise<void>;
}

/** Astro's build settings, as far as they say where pages go. */
interface BuildSettings {
  config: { cacheDir: URL; outDir: URL; build?: { client?: URL } };
  buildOutput?: string;
  adapter?: { adapterFeatures?: { preserveBuildClientDir?: boolean } };
}

/** Where Astro writes the pages it prerenders (astro/dist/prerender/utils.js getClientOutputDirectory). */
function pagesFolder(settings: BuildSettings): URL | undefined {
  const apart = settings.buildOutput === 'server' || settings.adapter?.adapterFeatures?.preserveBuildClientDir;
  return apart ? settings.config.build?.client : settings.config.outDir;
}

/** The folder of the cache where Astro itself keeps the copies of its pages, at their paths (its incremental.js). */
const ASTRO_PAGE_COPIES = 'dist';

/** Where the patch keeps its state: one per process, as the class is. */
const PATCHED = Symbol.for('zhiku.cachedPageCopies');
/** The build's listeners: the path of each page Astro records in its next manifest (reused or rendered with a cache key), each path it renders again. */
const LISTENERS = Symbol.for('zhiku.cachedPageCopies.listeners');

interface Listeners {
  recorded(pathname: string): void;
  rendering(pathname: string): void;
  /** A page Astro wrote (`page`, a file path) whose cache copy (`cached`) is now a hard link of it, both `file` as written from `body`. */
  written(page: string, cached: string, file: Stats, body: string | Uint8Array): void;
}

const listeners = () => (globalThis as { [LISTENERS]?: Listeners })[LISTENERS];

/**
 * Gives `to` the file `from` as a hard link (no bytes copied, the same times); false where the file system has none.
 * Linked first and replaced only when something is there: in a clean build nothing is (trying to remove
 * 10,000 files that were not there took 0.2 s of the pages' writing, profiled).
 */
function linked(from: URL, to: URL): boolean {
  try {
    linkSync(from, to);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return false;
  }
  try {
    rmSync(to, { force: true });
    linkSync(from, to);
    return true;
  } catch {
    return false;
  }
}

/**
 * Astro's `restoreOutputFile`, one system call after the other, and a hard link
 * where the file system allows: the same checks, the same bytes and the same
 * times (a copy takes the cached copy's times, as Astro's does), without a trip
 * through libuv's thread pool for each of them. The copy is read from where
 * writeOutputFileLinked keeps it (core/build/cachedOutputs.ts pageCopyFile). Astro copies a cached page with
 * four awaited file operations and renders one page at a time here (indexing
 * while rendering needs that), so at 10,000 cached pages the build waited ~7 s
 * on the round trips alone. A link also spares the copy, and the next build's
 * emptying of dist/ frees no blocks. Nothing writes into a page once it is in
 * dist/ or the cache (writeOutputFileLinked replaces the cached file, never writes
 * into it), and the cache check reads a cached file again when its stamp changed.
 */
export function restoreOutputFileSync(
  settings: { config: { cacheDir: URL } },
  outputFile: string,
  destination: URL,
  madeFolders: Set<string>,
): boolean {
  const cached = new URL(pageCopyFile(outputFile), settings.config.cacheDir);
  if (!existsSync(cached)) return false;
  const folder = new URL('./', destination).href;
  if (!madeFolders.has(folder)) {
    mkdirSync(new URL(folder), { recursive: true });
    madeFolders.add(folder);
  }
  if (linked(cached, destination)) return true;
  copyFileSync(cached, destination, constants.COPYFILE_FICLONE);
  const { atime, mtime } = statSync(cached);
  utimesSync(destination, atime, mtime);
  return true;
}

/**
 * Astro's `writeOutputFile`, which keeps a copy of a page it has just written to dist/ for the next
 * build: a hard link to that page where the file system allows, else the bytes written again. The
 * cached file is replaced, not written into: it may be a link to a page of an earlier dist/. The copies
 * are kept in one folder of the cache (pageCopyFile), not in a folder per page as Astro keeps them.
 * `onLinked` hears the page and its copy when they are one file, with its look.
 */
export function writeOutputFileLinked(
  settings: BuildSettings,
  outputFile: string,
  body: string | Uint8Array,
  madeFolders: Set<string>,
  onLinked?: (page: string, cached: string, file: Stats) => void,
): void {
  const cached = new URL(pageCopyFile(outputFile), settings.config.cacheDir);
  const folder = new URL('./', cached).href;
  if (!madeFolders.has(folder)) {
    mkdirSync(new URL(folder), { recursive: true });
    madeFolders.add(folder);
  }
  const folderOfPages = pagesFolder(settings);
  const page = folderOfPages && new URL(outputFile, folderOfPages);
  const file = page && statSync(page, { throwIfNoEntry: false });
  if (page && file && file.size === Buffer.byteLength(body) && linked(page, cached)) {
    onLinked?.(fileURLToPath(page), fileURLToPath(cached), file);
    return;
  }
  rmSync(cached, { force: true });
  writeFileSync(cached, body);
}

/**
 * Makes `fs.promises.mkdir` and `fs.promises.writeFile` do their work before they return, for a path and
 * bytes or text (anything else, a file handle, a stream, a signal, goes to Node's own). Astro writes each page
 * it renders with the two, awaited one after the other, and renders the next page only then (one at a time
 * here): each waited on a trip through libuv's thread pool, about twice what the system calls take (5,000
 * pages of 16 KB: 2.0 s against 0.8 s). The promises they return settle as Node's would, an error as a
 * rejection, on the next turn of the event loop. Gives the function that puts Node's own back.
 */
export function writeFilesInLine(): () => void {
  const promises = fs.promises;
  const mkdir = nodeOwn(promises.mkdir);
  const writeFile = nodeOwn(promises.writeFile);
  const isPath = (path: unknown): path is string | URL => typeof path === 'string' || path instanceof URL;
  // Settled on the next turn of the event loop, as Node's own are: settled at once, Astro's loop of renders and
  // writes would never give the event loop a turn, and the search's file operations and processes would wait for
  // the last page (its Chinese index started 11 s late at 10,000 articles).
  const settle = <T>(work: () => T): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      try {
        const done = work();
        setImmediate(() => resolve(done));
      } catch (error) {
        setImmediate(() => reject(error as Error));
      }
    });
  promises.mkdir = Object.assign(
    function (path: Parameters<typeof mkdir>[0], options?: Parameters<typeof mkdir>[1]) {
      return isPath(path) ? settle(() => mkdirSync(path, options)) : mkdir(path, options);
    } as typeof mkdir,
    { [NODE_OWN]: mkdir },
  );
  promises.writeFile = function (
    file: Parameters<typeof writeFile>[0],
    data: Parameters<typeof writeFile>[1],
    options?: Parameters<typeof writeFile>[2],
  ) {
    const plain =
      options === undefined ||
      typeof options === 'string' ||
      (typeof options === 'object' && options !== null && !('signal' in options) && !('flush' in options));
    const bytes = typeof data === 'string' || ArrayBuffer.isView(data);
    if (!isPath(file) || !bytes || !plain) return writeFile(file, data, options);
    return settle(() => writeFileSync(file, data, options as Parameters<typeof writeFileSync>[2]));
  } as typeof writeFile;
  Object.assign(promises.writeFile, { [NODE_OWN]: writeFile });
  return () => {
    promises.mkdir = mkdir;
    promises.writeFile = writeFile;
  };
}

/**
 * Makes Astro's incremental build copy its cached pages with restoreOutputFileSync, keep them with
 * writeOutputFileLinked and remove those of pages no longer built from the same place (pageCopyFile).
 * Astro exports no way to its cache class: this reads its module
 * (astro/dist/core/build/incremental.js, since 7.x) through Node's own loader,
 * which shares the instance Astro's build imported. False, and Astro left as it
 * is, when the class is not where this looks.
 */
export function copyCachedPagesInLine(): boolean {
  const shared = globalThis as Record<symbol, boolean | undefined>;
  if (shared[PATCHED]) return true;
  try {
    const require = createRequire(import.meta.url);
    const { IncrementalBuildCache } = require(join(dirname(require.resolve('astro/package.json')), 'dist/core/build/incremental.js')) as {
      IncrementalBuildCache?: { prototype: IncrementalBuildCache };
    };
    const proto = IncrementalBuildCache?.prototype;
    if (typeof proto?.restoreOutputFile !== 'function' || proto.restoreOutputFile.length !== 3) return false;
    if (typeof proto.writeOutputFile !== 'function' || proto.writeOutputFile.length !== 3) return false;
    if (typeof proto.record !== 'function' || proto.record.length !== 9) return false;
    if (typeof proto.canSkip !== 'function' || proto.canSkip.length !== 4) return false; // its fifth parameter has a default
    if (typeof proto.deleteOutputFile !== 'function' || proto.deleteOutputFile.length !== 2) return false;
    // The folders each cache (one per build) has made, as Astro's own method keeps them.
    const madeFolders = new WeakMap<object, Set<string>>();
    proto.restoreOutputFile = function (this: object, settings, outputFile, destination) {
      let made = madeFolders.get(this);
      if (!made) madeFolders.set(this, (made = new Set()));
      return Promise.resolve(restoreOutputFileSync(settings, outputFile, destination, made));
    };
    proto.writeOutputFile = function (this: object, settings, outputFile, body) {
      let made = madeFolders.get(this);
      if (!made) madeFolders.set(this, (made = new Set()));
      const onLinked = (page: string, cached: string, file: Stats) => listeners()?.written(page, cached, file, body);
      return Promise.resolve(writeOutputFileLinked(settings, outputFile, body, made, onLinked));
    };
    // Astro removes the copies of pages no longer built (findOrphanedFiles): from where the copies are kept.
    proto.deleteOutputFile = function (this: object, settings, outputFile) {
      rmSync(new URL(pageCopyFile(outputFile), settings.config.cacheDir), { force: true });
      return Promise.resolve();
    };
    const record = proto.record;
    proto.record = function (this: object, ...args: Parameters<IncrementalBuildCache['record']>) {
      record.apply(this, args);
      listeners()?.recorded(args[2]);
    };
    // Astro asks before each page with a key whether it may reuse it; when not, it renders and writes it.
    const canSkip = proto.canSkip;
    proto.canSkip = function (this: object, ...args: Parameters<IncrementalBuildCache['canSkip']>) {
      const skip = canSkip.apply(this, args);
      if (!skip) listeners()?.rendering(args[1]);
      return skip;
    };
    shared[PATCHED] = true;
    return true;
  } catch {
    return false;
  }
}

/** Whether `path` lies outside `folder` (neither it nor inside it). */
function outside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);
}

/**
 * Copies of pages at Astro's own paths in the cache (`dist/`) mean that a build kept its pages another way since the
 * copies in `pages/` were last in step with Astro's manifest: a build of the code from before the copies were kept in
 * one folder (another branch, a shared cache), or one where copyCachedPagesInLine did not apply. Neither folder can be
 * trusted then: a copy in `pages/` may be an older page than the one the manifest's key stands for. Both go, with what
 * the cache check verified of them, and every page renders again once. Left alone when that folder is the output
 * folder or holds it, or lies inside it (a cache folder set so oddly). Throws, naming the folder, when it cannot go.
 */
export function dropCopiesOfOtherBuilds(cacheDir: string, outDir: string, verified: Map<string, VerifiedFile> | undefined): void {
  const astroCopies = join(cacheDir, ASTRO_PAGE_COPIES);
  if (!existsSync(astroCopies) || !outside(astroCopies, outDir) || !outside(outDir, astroCopies)) return;
  for (const folder of [astroCopies, join(cacheDir, PAGE_COPIES)]) {
    try {
      rmSync(folder, { recursive: true, force: true });
    } catch (cause) {
      const message = `Zhiku could not remove ${folder}, copies of pages that may be stale: remove it, or the whole cache folder, and build again.`;
      throw new Error(message, { cause });
    }
  }
  for (const path of verified?.keys() ?? []) {
    if (path.startsWith(`${ASTRO_PAGE_COPIES}/`) || path.startsWith(`${PAGE_COPIES}/`)) verified!.delete(path);
  }
}

/**
 * Removes the copies in the cache's `pages/` of pages Astro's manifest no longer records: those Astro prunes itself
 * (deleteOutputFile) are gone already, but when Astro starts a manifest afresh (a config or lockfile change, `--force`,
 * a manifest the cache check dropped) the old copies would stay, never reused, and be checked by every build.
 * Returns how many it removed.
 */
export function dropUnrecordedCopies(cacheDir: string): number {
  const manifest = readText(join(cacheDir, 'incremental-build.json'));
  if (manifest === undefined) return 0;
  const recorded = new Set([...cachedOutputs(manifest).keys()].map(pageCopyFile));
  const folder = join(cacheDir, PAGE_COPIES);
  if (!existsSync(folder)) return 0;
  let removed = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (!entry.isFile() || recorded.has(`${PAGE_COPIES}/${entry.name}`)) continue;
    rmSync(join(folder, entry.name), { force: true });
    removed += 1;
  }
  return removed;
}

/**
 * In `astro build`, cached pages are linked or copied one system call after the other (copyCachedPagesInLine),
 * and a build with a cache publishes into the output folder the last build left instead of emptying it first:
 * the pages that are still hard links of their checked cache copies stay (site/publishInPlace.ts), so that
 * Astro need not make their folders and links again (at 10,000 articles a republish spent 1.7 s making
 * 10,000 page folders alone), and the rest goes as Astro's emptying would take it, at the same point of the
 * build (after every integration's `astro:build:start`, where the content checks may refuse the build and
 * leave the last site as it was). A kept page that Astro renders again is removed just before, so that no
 * write goes into a file its cache copy shares; one whose path the build no longer renders is removed as
 * soon as the paths are listed (`pathsListed`, which the search's prerenderer calls,
 * site/indexWhileRendering.ts); any other kept page the build neither reused nor wrote, once the pages are written.
 *
 * `verified` gives the cache files the cache check found intact (integrations/cacheCheck.ts). A page written
 * this build whose cache copy is a link of it is added to it as written, with the SHA-256 of the bytes written,
 * so that the cache record need not read it back; `writtenPages` gives the same pages to the search, by path
 * in the built site (site/runPagefind.ts SeenPages.written), so that it need not read them back to index them.
 */
export default function cachedPageCopies(verified: () => Map<string, VerifiedFile> | undefined): {
  integration: AstroIntegration;
  pathsListed: (pathnames: ReadonlySet<string>) => void;
  writtenPages: () => ReadonlyMap<string, SeenPage> | undefined;
} {
  /** Set when Astro's emptying of dist/ is left to this: where, the pages kept there, and the paths of the pages Astro recorded this build. */
  let inPlace:
    | {
        outDir: string;
        cacheDir: string;
        publicDir: string;
        keep: boolean;
        emptied: boolean;
        kept: Map<string, KeptPage>;
        recorded: Set<string>;
        written: Map<string, SeenPage>;
      }
    | undefined;
  let emptiedHere = false;
  /** Puts Node's own file writes (writeFilesInLine) and output (writeInBatches) back, once the pages are written. */
  let writeAsNode: (() => void) | undefined;
  const putNodeWritesBack = () => {
    writeAsNode?.();
    writeAsNode = undefined;
  };
  return {
    pathsListed: (pathnames) => {
      if (inPlace) dropUnlisted(inPlace.outDir, inPlace.kept, pathnames);
    },
    writtenPages: () => inPlace?.written,
    integration: {
      name: 'zhiku:cached-page-copies',
      hooks: {
        'astro:config:setup': ({ command, config, logger, updateConfig }) => {
          if (command !== 'build' || !config.experimental.incrementalBuild) return;
          if (!copyCachedPagesInLine()) {
            logger.warn("Astro's incremental build cache is not where Zhiku looks: its pages are copied as Astro does.");
            return;
          }
          // Astro empties the output folder only when this is not false (astro/dist/core/build/static-build.js).
          updateConfig({ vite: { build: { emptyOutDir: false } } });
          emptiedHere = true;
        },
        'astro:config:done': ({ buildOutput, config }) => {
          if (!emptiedHere) return;
          inPlace = {
            outDir: fileURLToPath(config.outDir),
            cacheDir: fileURLToPath(config.cacheDir),
            publicDir: fileURLToPath(config.publicDir),
            // Only a static site has all its pages in the output folder: a server build's is emptied whole, as Astro does.
            keep: buildOutput === 'static',
            emptied: false,
            kept: new Map(),
            recorded: new Set(),
            written: new Map(),
          };
        },
        // Called once per build, when Astro configures its Vite build: after every astro:build:start, before anything is written.
        'astro:build:setup': ({ logger }) => {
          if (!inPlace || inPlace.emptied) return;
          inPlace.emptied = true;
          const started = performance.now();
          const state = inPlace;
          dropCopiesOfOtherBuilds(state.cacheDir, state.outDir, verified());
          state.kept = keepCachedPages(state.outDir, state.cacheDir, state.keep ? verified() : undefined, state.publicDir);
          state.written = new Map();
          const slashed = (path: string) => path.split(sep).join('/');
          (globalThis as { [LISTENERS]?: Listeners })[LISTENERS] = {
            recorded: (pathname) => state.recorded.add(pathname),
            rendering: (pathname) => void dropPage(state.outDir, state.kept, pathname),
            written: (page, cached, file, body) => {
              const sha256 = sha256Of(body);
              const { ino, size, mtimeMs } = file;
              state.written.set(slashed(relative(state.outDir, page)), writtenPage(file, body, sha256));
              verified()?.set(slashed(relative(state.cacheDir, cached)), { ino, size, mtimeMs, sha256 });
            },
          };
          if (!writeAsNode) {
            const fileWrites = writeFilesInLine();
            const output = writeInBatches();
            writeAsNode = () => {
              fileWrites();
              output();
            };
          }
          const seconds = ((performance.now() - started) / 1000).toFixed(2);
          logger.info(`Emptied dist/ in ${seconds}s but for ${state.kept.size} pages that are their cache copies, left in place`);
        },
        // Node's own writes back once the pages are written, or at the end of a build that wrote none (Astro then skips this hook).
        'astro:build:generated': ({ logger }) => {
          putNodeWritesBack();
          if (!inPlace) return;
          delete (globalThis as { [LISTENERS]?: unknown })[LISTENERS];
          const dropped = dropUnbuilt(inPlace.outDir, inPlace.kept, inPlace.recorded);
          if (dropped.length)
            logger.info(`Removed ${dropped.length} kept ${dropped.length === 1 ? 'page' : 'pages'} this build did not publish`);
        },
        'astro:build:done': ({ logger }) => {
          putNodeWritesBack();
          if (!inPlace) return;
          const pruned = dropUnrecordedCopies(inPlace.cacheDir);
          if (pruned) logger.info(`Removed ${pruned} cached ${pruned === 1 ? 'page' : 'pages'} no build can reuse`);
        },
      },
    },
  };
}
