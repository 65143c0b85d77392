import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { VerifiedFile } from '../site/cacheCheck';

/** The dev server (Vite's), as Astro hands it to integrations. */
export type DevServer = Parameters<NonNullable<AstroIntegration['hooks']['astro:server:setup']>>[0]['server'];

/** Astro's content store as `astro dev` holds it (astro/dist/content/mutable-data-store.js), as far as it is used here. */
export interface MutableContentStore {
  /** Collection name => entry id => entry: what `astro:data-layer-content` exports, live. */
  _collections: Map<string, Map<string, unknown>>;
  /** Writes the whole store to data-store.json; the store calls it half a second after its last change. */
  writeToDisk(): Promise<void>;
  /** What changes an entry or a collection (each asks for writeToDisk half a second later). */
  set(...args: unknown[]): unknown;
  delete(...args: unknown[]): unknown;
  clear(...args: unknown[]): unknown;
  clearAll(...args: unknown[]): unknown;
  /** Notes that an entry's body is a module of its own (MDX): content-modules.mjs lists it half a second later. */
  addModuleImport(fileName: string): void;
  /** Writes content-modules.mjs, which the pages import an MDX body through. */
  writeModuleImports(file: URL | string): Promise<void>;
}

/** How long a change to the store waits for the next before the pages read it again (a resync stores several entries). */
export const SHOW_AFTER_MS = 40;

/** Where the data module finds the store in memory: one per process, shared by every module graph in it. */
export const LIVE_STORE = Symbol.for('zhiku.liveContentStore');

/** Astro's virtual module that holds the content layer's data store, resolved (astro/dist/content/consts.js). */
export const DATA_STORE_MODULE = '\0astro:data-layer-content';

/**
 * The content store of the dev server's content layer, or undefined where Astro
 * has none or keeps it otherwise (Astro exports no way to it: this reads the
 * content layer's singleton, astro/dist/content/instance.js, `store` since 7.4).
 */
export function devContentStore(): MutableContentStore | undefined {
  try {
    // Node's own loader, not an import(): Astro may load this file through Vite, whose copy of the module would hold no content layer.
    const require = createRequire(import.meta.url);
    const instance = require(join(dirname(require.resolve('astro/package.json')), 'dist/content/instance.js')) as {
      globalContentLayer?: { get(): { store?: unknown } | null };
    };
    const store = instance.globalContentLayer?.get()?.store as Partial<MutableContentStore> | undefined;
    return store?._collections instanceof Map && typeof store.writeToDisk === 'function' ? (store as MutableContentStore) : undefined;
  } catch {
    return undefined;
  }
}

/** A dev environment that runs modules in this process (Vite's RunnableDevEnvironment), as far as it is used here. */
interface ModuleRunnerLike {
  evaluatedModules: { getModulesByFile(file: string): Set<unknown> | undefined; invalidateModule(node: never): void };
}

/** Makes every environment of the dev server load a file's modules afresh on their next import. */
export function invalidateFile(server: DevServer, file: string): void {
  for (const environment of Object.values(server.environments)) {
    for (const mod of environment.moduleGraph.getModulesByFile(file) ?? []) environment.moduleGraph.invalidateModule(mod);
    const runner = (environment as { runner?: ModuleRunnerLike }).runner;
    for (const node of runner?.evaluatedModules.getModulesByFile(file) ?? []) runner!.evaluatedModules.invalidateModule(node as never);
  }
}

/**
 * Makes the dev server's pages read the content store afresh, as Astro does
 * after writing it (astro/dist/content/vite-plugin-content-virtual-mod.js
 * invalidateDataStore): the data module is evaluated again on the next request,
 * every route's getStaticPaths runs again, and the browser reloads (unless `reload` is false).
 */
export function invalidateContentStore(server: DevServer, reload = true): void {
  for (const name of ['ssr', 'prerender']) {
    const environment = server.environments[name];
    if (!environment) continue;
    const mod = environment.moduleGraph.getModuleById(DATA_STORE_MODULE);
    if (mod) environment.moduleGraph.invalidateModule(mod, undefined, Date.now(), true);
    const runner = (
      environment as { runner?: { evaluatedModules: { getModuleById(id: string): unknown; invalidateModule(node: never): void } } }
    ).runner;
    const node = runner?.evaluatedModules.getModuleById(DATA_STORE_MODULE);
    if (node) runner!.evaluatedModules.invalidateModule(node as never);
    environment.hot.send('astro:content-changed', {});
  }
  if (reload) server.environments.client?.hot.send({ type: 'full-reload', path: '*' });
}

/** How long the store waits, after its last change, before it is written to disk. */
export const PERSIST_AFTER_MS = 30_000;

/** Astro's module of the content store class (astro/dist/content/mutable-data-store.js), as far as it is used here. */
interface StoreClass {
  MutableDataStore?: { prototype: { writeToDisk(this: MutableContentStore): Promise<void> } };
}

/** Where the deferral below keeps its state: one per process, as the store class is. */
const DEFERRAL = Symbol.for('zhiku.deferredStoreWrites');

interface Deferral {
  /** Astro's own writeToDisk. */
  original: (this: MutableContentStore) => Promise<void>;
  /** Whether writes wait now (from the dev server's setup to its start: the first sync). */
  on: boolean;
  /** The stores that were asked to write meanwhile. */
  asked: Set<MutableContentStore>;
}

/**
 * From now until keepStoreInMemory takes the store over, a content store that
 * asks to be written to data-store.json is only marked as such: the first sync
 * of `astro dev` would otherwise serialise every rendered article before the
 * server listens (at 10,000 articles, ~100 MB), and the pages read the store
 * from memory anyway. False when Astro's store class is not where this looks.
 */
export function deferStoreWrites(): boolean {
  const shared = globalThis as Record<symbol, Deferral | undefined>;
  let deferral = shared[DEFERRAL];
  if (!deferral) {
    try {
      const require = createRequire(import.meta.url);
      const { MutableDataStore } = require(
        join(dirname(require.resolve('astro/package.json')), 'dist/content/mutable-data-store.js'),
      ) as StoreClass;
      const proto = MutableDataStore?.prototype;
      if (typeof proto?.writeToDisk !== 'function') return false;
      const state: Deferral = (deferral = { original: proto.writeToDisk, on: false, asked: new Set() });
      proto.writeToDisk = function (this: MutableContentStore) {
        if (!state.on) return state.original.call(this);
        state.asked.add(this);
        return Promise.resolve();
      };
      shared[DEFERRAL] = deferral;
    } catch {
      return false;
    }
  }
  deferral.on = true;
  return true;
}

/** Ends deferStoreWrites where keepStoreInMemory cannot take over: each store asked meanwhile is written now. */
export async function resumeStoreWrites(): Promise<void> {
  const deferral = (globalThis as Record<symbol, Deferral | undefined>)[DEFERRAL];
  if (!deferral?.on) return;
  deferral.on = false;
  const asked = [...deferral.asked];
  deferral.asked.clear();
  await Promise.all(asked.map((store) => deferral.original.call(store)));
}

/**
 * Ends deferStoreWrites in a build, as resumeStoreWrites does, but writes the store in a worker thread with
 * Astro's own writer (astro/dist/content/data-store-writer.js FileWriter): the pages render on the main thread
 * meanwhile, instead of waiting for every entry to be serialised (at 10,000 articles, 100 MB and 1.5 s of a
 * republish's main thread; handing the store over costs a tenth of that). The store goes to the worker as it
 * is now: a store asked to be written after this (nothing in a build changes its store after the sync) waits
 * for the next resumeStoreWrites, which the build calls once this is done. Where the store cannot be handed
 * over (no tsx to run the worker, a value a worker cannot be sent), the worker fails, or more than one
 * store waits, it is written here as before.
 * Resolves once `file` is in place, with the file as the worker wrote it and its SHA-256 (undefined when written
 * here, or changed while it was read); rejects when the write failed.
 */
export async function writeStoreInWorker(file: string): Promise<VerifiedFile | undefined> {
  const deferral = (globalThis as Record<symbol, Deferral | undefined>)[DEFERRAL];
  if (!deferral?.on) return undefined;
  const asked = [...deferral.asked];
  if (asked.length !== 1) return void (await resumeStoreWrites());
  const [store] = asked as [MutableContentStore];
  deferral.asked.clear();
  let worker: Worker;
  try {
    const require = createRequire(import.meta.url);
    const writerModule = join(dirname(require.resolve('astro/package.json')), 'dist/content/data-store-writer.js');
    const tsx = pathToFileURL(require.resolve('tsx')).href;
    worker = new Worker(new URL('./storeWriteWorker.ts', import.meta.url), {
      workerData: { writerModule, file, collections: store._collections },
      execArgv: ['--import', tsx],
    });
  } catch {
    // No worker (tsx not installed, a value no worker can be sent): written here, as Astro does.
    return void (await deferral.original.call(store));
  }
  let written: VerifiedFile | undefined;
  const failed = await new Promise<Error | undefined>((done) => {
    worker.once('message', (message: { written?: VerifiedFile }) => {
      written = message.written;
      done(undefined);
    });
    worker.once('error', done);
    worker.once('exit', (code) => done(new Error(`the worker stopped (exit code ${code}) before it was done`)));
  });
  if (!failed) return written;
  // The worker failed: written here instead, as Astro does; a failure of both names the file.
  try {
    await deferral.original.call(store);
  } catch (error) {
    throw new Error(`Writing the content store to ${file} failed: ${failed.message}`, { cause: error });
  }
  return undefined;
}

/**
 * In `astro dev`, keeps the content store in memory between edits. Astro writes
 * the whole store to data-store.json half a second after each change, and the
 * pages then read the whole file back: at 10,000 articles that was most of the
 * time an edit took to show. Here the data module exports the store itself
 * (the `LIVE_STORE` it reads), changes make the pages read it again as soon as
 * they pause for SHOW_AFTER_MS (invalidateContentStore), and the file, which only lets the next `astro dev`
 * skip rendering unchanged articles, is written once edits pause for
 * PERSIST_AFTER_MS (the browser then reloads once, as Astro has it) and when
 * the server stops. A write the first sync asked for (deferStoreWrites) is
 * pending from the start. Returns the function that writes what is pending.
 */
export function keepStoreInMemory(store: MutableContentStore, server: DevServer): () => Promise<void> {
  const deferral = (globalThis as Record<symbol, Deferral | undefined>)[DEFERRAL];
  const askedAtStart = deferral?.asked.delete(store) ?? false;
  if (deferral) deferral.on = false;
  const write = (deferral?.original ?? store.writeToDisk).bind(store);
  let timer: NodeJS.Timeout | undefined;
  let pending = false;
  const flush = async () => {
    clearTimeout(timer);
    timer = undefined;
    if (!pending) return;
    pending = false;
    await write();
  };
  const later = () => {
    pending = true;
    clearTimeout(timer);
    timer = setTimeout(() => void flush(), PERSIST_AFTER_MS).unref();
  };
  // The pages read the store again as soon as changes pause, not when Astro would write it (half a second on).
  let shown: NodeJS.Timeout | undefined;
  let unseen = false;
  // A new MDX entry renders through content-modules.mjs, which Astro writes half a second after the
  // store takes it: until then its page would find no module, so the pages wait for that file.
  const moduleFiles = new Set<string>();
  for (const entries of store._collections.values()) {
    for (const entry of entries.values()) {
      const { deferredRender, filePath } = entry as { deferredRender?: boolean; filePath?: string };
      if (deferredRender && filePath) moduleFiles.add(filePath);
    }
  }
  let newModules = false;
  const show = () => {
    clearTimeout(shown);
    shown = undefined;
    if (!unseen || newModules) return;
    unseen = false;
    invalidateContentStore(server);
  };
  const addModuleImport = store.addModuleImport;
  store.addModuleImport = function (this: MutableContentStore, fileName: string) {
    if (!moduleFiles.has(fileName)) newModules = true;
    moduleFiles.add(fileName);
    return addModuleImport.call(this, fileName);
  };
  const writeModuleImports = store.writeModuleImports;
  let asksAgain = 0;
  store.writeModuleImports = async function (this: MutableContentStore, file: URL | string) {
    await writeModuleImports.call(this, file);
    if (!newModules) return;
    const path = typeof file === 'string' ? file : fileURLToPath(file);
    const unlisted = unlistedModules(this, existsSync(path) ? readFileSync(path, 'utf8') : '');
    // Astro can leave a new module out: a write under way when it was added writes the list as it
    // was and marks it written, and the write asked for next then finds nothing to do. Asking for
    // the module again marks the list unwritten; Astro writes it half a second later.
    if (unlisted.length && asksAgain < ASK_AGAIN_AT_MOST) {
      asksAgain += 1;
      addModuleImport.call(this, unlisted[0]!);
      return;
    }
    asksAgain = 0;
    newModules = false;
    // Before Vite's watcher reports the write: the pages import the list written now.
    invalidateFile(server, path);
    show();
  };
  for (const name of ['set', 'delete', 'clear', 'clearAll'] as const) {
    const change = store[name];
    store[name] = function (this: MutableContentStore, ...args: unknown[]) {
      const result = change.apply(this, args);
      unseen = true;
      clearTimeout(shown);
      shown = setTimeout(show, SHOW_AFTER_MS).unref();
      return result;
    };
  }
  store.writeToDisk = async () => {
    later();
    show();
  };
  if (askedAtStart) later();
  (globalThis as Record<symbol, unknown>)[LIVE_STORE] = store;
  // Pages evaluated before now read the file: read the store instead. No browser has shown them yet
  // (Vite would keep the reload for the first one that connects).
  invalidateContentStore(server, false);
  return flush;
}

/** How many times a write of content-modules.mjs that left a new module out is asked for again before the pages are shown anyway. */
const ASK_AGAIN_AT_MOST = 5;

/**
 * The entries whose body is a module of its own (MDX) that a content-modules.mjs
 * text does not list: Astro lists each by its file path, as a JSON string.
 * @example unlistedModules({ _collections: new Map([['a', new Map([['x', { deferredRender: true, filePath: 'x.mdx' }]])]]) }, '') => ['x.mdx']
 */
export function unlistedModules(store: Pick<MutableContentStore, '_collections'>, list: string): string[] {
  const unlisted: string[] = [];
  for (const entries of store._collections.values()) {
    for (const entry of entries.values()) {
      const { deferredRender, filePath } = entry as { deferredRender?: boolean; filePath?: string };
      if (deferredRender && filePath && !list.includes(JSON.stringify(filePath))) unlisted.push(filePath);
    }
  }
  return unlisted;
}

/**
 * The collections of a store in the order Astro writes them to data-store.json
 * (astro/dist/content/data-store-writer.js sortCollections): collections, then
 * entries, by key. A store read back from the file has them so; one held in
 * memory has them in the order the sync stored them, which varies.
 * @example [...sortedCollections(new Map([['b', new Map()], ['a', new Map([['y', 1], ['x', 2]])]])).entries()] => [['a', Map { x: 2, y: 1 }], ['b', Map {}]]
 */
export function sortedCollections<T>(collections: ReadonlyMap<string, ReadonlyMap<string, T>>): Map<string, Map<string, T>> {
  const byKey = <V>([a]: [string, V], [b]: [string, V]) => a.localeCompare(b);
  return new Map([...collections].sort(byKey).map(([name, entries]) => [name, new Map([...entries].sort(byKey))]));
}
