import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { VerifiedFile } from '../site/cacheCheck';
import {
  DATA_STORE_MODULE,
  deferStoreWrites,
  devContentStore,
  keepStoreInMemory,
  LIVE_STORE,
  resumeStoreWrites,
  sortedCollections,
  writeStoreInWorker,
  type DevServer,
} from './liveContentStore';

/**
 * The data store module of a build, reading data-store.json when the pages are generated.
 * @example dataStoreModuleCode('/site/node_modules/.astro/data-store.json') => 'import { readFileSync } from "node:fs";\nexport default JSON.parse(readFileSync("/site/node_modules/.astro/data-store.json", "utf8"));\n'
 */
export function dataStoreModuleCode(file: string): string {
  return `import { readFileSync } from "node:fs";\nexport default JSON.parse(readFileSync(${JSON.stringify(file)}, "utf8"));\n`;
}

/**
 * The data store module of `astro dev`: the store the content layer holds in
 * memory, once keepStoreInMemory has handed it over, else the file as in a build.
 * @example liveDataStoreModuleCode('/site/.astro/data-store.json') // 'import { readFileSync } …export default live ? live._collections : JSON.parse(…)'
 */
export function liveDataStoreModuleCode(file: string): string {
  return (
    `import { readFileSync } from "node:fs";\nconst live = globalThis[Symbol.for(${JSON.stringify(LIVE_STORE.description)})];\n` +
    `export default live ? live._collections : JSON.parse(readFileSync(${JSON.stringify(file)}, "utf8"));\n`
  );
}

/**
 * Keeps the content data store out of the JavaScript. Astro loads
 * data-store.json (every entry's rendered HTML: ~10 KB an article) into one
 * module as a single string literal, `export default JSON.parse("…")`, and V8
 * compiles a string literal in time that grows with the square of its length
 * (its literal buffer grows 1 MB at a time): at 10,000 articles (100 MB) the
 * build stood still for a minute before its first page, at 30,000 for 14
 * minutes. This module reads the same file when it is evaluated, which
 * costs one JSON.parse; its load runs before Astro's (order: 'pre').
 * `astro build` reads the store in the cache folder; `astro dev` reads
 * `.astro/data-store.json`, which it writes again after every saved edit and
 * evaluates again on the next request, so there the literal was paid per edit.
 * Only with the default single-file store; without the file, Astro's own load
 * answers (an empty store). In `astro dev` the store is not even read from the
 * file after the first sync: the module exports the store the content layer
 * holds in memory (integrations/liveContentStore.ts). `inDev: false` leaves
 * `astro dev` as Astro has it (the benchmark's floor: a plain Astro dev server), and `oneBuildWrite: false`
 * leaves a build's writes of the store as Astro has them (the floor again); with it, a build's content sync
 * writes the store once, when it is done, instead of also half a second after its first change.
 * `verified` (integrations/cacheCheck.ts) is handed the file as the build wrote it, with its SHA-256.
 */
export default function dataStoreModule({
  inDev = true,
  oneBuildWrite = true,
  verified,
}: { inDev?: boolean; oneBuildWrite?: boolean; verified?: () => Map<string, VerifiedFile> | undefined } = {}): AstroIntegration {
  let enabled = false;
  let deferInBuild = false;
  let inDevServer = false;
  let flush: (() => Promise<void>) | undefined;
  let devServer: DevServer | undefined;
  let file = '';
  let storeWritten: Promise<VerifiedFile | undefined> | undefined;
  /** The store's file relative to the cache folder, as the cache record names it. */
  let cachePath = '';
  return {
    name: 'zhiku:data-store-module',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        enabled = config.experimental.collectionStorage === 'single-file' && (command !== 'dev' || inDev);
        inDevServer = enabled && command === 'dev';
        deferInBuild = enabled && command === 'build' && oneBuildWrite;
        // A build's sync sets up no server hooks (its Vite server is a production one): its store waits from here.
        if (deferInBuild) deferStoreWrites();
        if (!enabled) return;
        // A build that writes its store itself (oneBuildWrite) also hands it to its pages in memory (astro:build:start).
        const code = command === 'dev' || deferInBuild ? liveDataStoreModuleCode : dataStoreModuleCode;
        // Where Astro keeps the store (astro/dist/content/paths.js getDataStoreFile): .astro/ in dev, else the cache folder.
        file = fileURLToPath(new URL('data-store.json', command === 'dev' ? new URL('.astro/', config.root) : config.cacheDir));
        cachePath = relative(fileURLToPath(config.cacheDir), file).split(sep).join('/');
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'zhiku:data-store-module',
                load: {
                  order: 'pre',
                  handler(id: string) {
                    if (id !== DATA_STORE_MODULE) return undefined;
                    // In `astro dev` the first sync may not have written the file: the store is in memory by then.
                    const live = (command === 'dev' || deferInBuild) && (globalThis as Record<symbol, unknown>)[LIVE_STORE] !== undefined;
                    if (!live && !existsSync(file)) return undefined;
                    return { code: code(file), map: { mappings: '' } };
                  },
                },
              },
            ],
          },
        });
      },
      // After the first sync: from now on a change reaches the pages through memory.
      'astro:server:start': () => {
        if (!inDevServer) return;
        const store = devContentStore();
        const server = devServer;
        if (store && server) flush = keepStoreInMemory(store, server);
        else return resumeStoreWrites();
      },
      'astro:server:setup': ({ server }) => {
        devServer = server;
        // Before the first sync, which runs after this hook: its store is written when edits pause, not before the server listens.
        // Only in `astro dev`: a build's sync writes its store once, when it is done (astro:build:start).
        if (inDevServer) deferStoreWrites();
      },
      // Right after a build's content sync: the one write of the store, in a worker thread while the pages render.
      // Astro writes the whole store half a second after any change, and its sync changes its own metadata
      // first, so without this a sync serialised and compared the whole store (~100 MB at 10,000 articles)
      // once while it still ran and once more at its end.
      // The pages then read the store the sync left in memory, as `astro dev` does, in the order of the file, instead of
      // parsing the file again (1.2 s at 10,000 articles): the file is what that memory is being serialised into.
      'astro:build:start': () => {
        if (!deferInBuild) return;
        storeWritten = writeStoreInWorker(file);
        // The file as written goes to the cache record as soon as it is in place, before the record's hashing
        // ahead lists the folder (astro:build:generated). Awaited in astro:build:done; a build that fails before
        // then reports its own error.
        storeWritten.then((written) => written && verified?.()?.set(cachePath, written)).catch(() => undefined);
        const store = devContentStore();
        if (store) (globalThis as Record<symbol, unknown>)[LIVE_STORE] = { _collections: sortedCollections(store._collections) };
      },
      // Before the cache is recorded (integrations/cacheCheck.ts, last in the list): the store is in its file.
      'astro:build:done': async () => {
        if (!storeWritten) return;
        await storeWritten;
        storeWritten = undefined;
        await resumeStoreWrites();
      },
      'astro:server:done': async () => {
        await flush?.();
        flush = undefined;
      },
    },
  };
}
