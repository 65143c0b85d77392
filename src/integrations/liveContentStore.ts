import type { AstroIntegration } from 'astro';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The dev server (Vite's), as Astro hands it to integrations. */
export type DevServer = Parameters<NonNullable<AstroIntegration['hooks']['astro:server:setup']>>[0]['server'];

/** Astro's content store as `astro dev` holds it (astro/dist/content/mutable-data-store.js), as far as it is used here. */
export interface MutableContentStore {
  /** Collection name => entry id => entry: what `astro:data-layer-content` exports, live. */
  _collections: Map<string, Map<string, unknown>>;
  /** Writes the whole store to data-store.json; the store calls it half a second after its last change. */
  writeToDisk(): Promise<void>;
}

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

/**
 * In `astro dev`, keeps the content store in memory between edits. Astro writes
 * the whole store to data-store.json half a second after each change, and the
 * pages then read the whole file back: at 10,000 articles that was most of the
 * time an edit took to show. Here the data module exports the store itself
 * (the `LIVE_STORE` it reads), a change makes the pages read it again at once
 * (invalidateContentStore), and the file, which only lets the next `astro dev`
 * skip rendering unchanged articles, is written once edits pause for
 * PERSIST_AFTER_MS (the browser then reloads once, as Astro has it) and when
 * the server stops. Returns the function that writes what is pending.
 */
export function keepStoreInMemory(store: MutableContentStore, server: DevServer): () => Promise<void> {
  const write = store.writeToDisk.bind(store);
  let timer: NodeJS.Timeout | undefined;
  let pending = false;
  const flush = async () => {
    clearTimeout(timer);
    timer = undefined;
    if (!pending) return;
    pending = false;
    await write();
  };
  store.writeToDisk = async () => {
    pending = true;
    invalidateContentStore(server);
    clearTimeout(timer);
    timer = setTimeout(() => void flush(), PERSIST_AFTER_MS).unref();
  };
  (globalThis as Record<symbol, unknown>)[LIVE_STORE] = store;
  // Pages evaluated before now read the file: read the store instead. No browser has shown them yet
  // (Vite would keep the reload for the first one that connects).
  invalidateContentStore(server, false);
  return flush;
}
