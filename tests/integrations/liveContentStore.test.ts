import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import {
  deferStoreWrites,
  keepStoreInMemory,
  resumeStoreWrites,
  sortedCollections,
  SHOW_AFTER_MS,
  type DevServer,
  type MutableContentStore,
  writeStoreInWorker,
} from '../../src/integrations/liveContentStore';

// Astro's own store class, the one its dev server creates (the deferral patches it), loaded by Node as the source loads it.
const require = createRequire(import.meta.url);
const { MutableDataStore } = require(join(dirname(require.resolve('astro/package.json')), 'dist/content/mutable-data-store.js')) as {
  MutableDataStore: { fromFile(url: URL): Promise<MutableContentStore & { set(c: string, k: string, v: unknown): void }> };
};
/** A dev server with no environment: the store's changes reach no page here. */
const server = { environments: {} } as unknown as DevServer;

describe("the first sync's store write waits for keepStoreInMemory", () => {
  const dirs: string[] = [];
  afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));
  const storeIn = async () => {
    const dir = await mkdtemp(join(tmpdir(), 'zhiku-live-store-'));
    dirs.push(dir);
    const file = join(dir, 'data-store.json');
    return { file, store: await MutableDataStore.fromFile(pathToFileURL(file)) };
  };

  it('writes nothing while the first sync runs, then what it stored when the server stops', async () => {
    expect(deferStoreWrites()).toBe(true);
    const { file, store } = await storeIn();
    store.set('articles', 'en/a', { id: 'en/a', data: { title: 'Written at the first sync' } });
    await store.writeToDisk();
    expect(existsSync(file)).toBe(false);
    const flush = keepStoreInMemory(store, server);
    await flush();
    expect(await readFile(file, 'utf8')).toContain('Written at the first sync');
  });

  it('writes a deferred store at once where keepStoreInMemory cannot take over', async () => {
    deferStoreWrites();
    const { file, store } = await storeIn();
    store.set('articles', 'en/b', { id: 'en/b', data: { title: 'Resumed' } });
    await store.writeToDisk();
    expect(existsSync(file)).toBe(false);
    await resumeStoreWrites();
    expect(await readFile(file, 'utf8')).toContain('Resumed');
    // And later writes go straight to the file again.
    store.set('articles', 'en/b', { id: 'en/b', data: { title: 'Written again' } });
    await store.writeToDisk();
    expect(await readFile(file, 'utf8')).toContain('Written again');
  });
});

describe('sortedCollections', () => {
  it('orders collections and entries by key, as Astro writes them to data-store.json, and keeps the entries themselves', () => {
    const entry = { id: 'zh/a' };
    const collections = new Map([
      ['topics', new Map([['trade', { id: 'trade' }]])],
      [
        'articles',
        new Map<string, { id: string }>([
          ['zh/b', { id: 'zh/b' }],
          ['en/a', { id: 'en/a' }],
          ['zh/a', entry],
        ]),
      ],
    ]);
    const sorted = sortedCollections(collections);
    expect([...sorted.keys()]).toEqual(['articles', 'topics']);
    expect([...sorted.get('articles')!.keys()]).toEqual(['en/a', 'zh/a', 'zh/b']);
    expect(sorted.get('articles')!.get('zh/a')).toBe(entry);
  });
});

describe('the pages of astro dev read a changed store as soon as changes pause', () => {
  it('invalidates the data module once after a run of changes, without waiting for the store to be written', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'zhiku-live-store-'));
    try {
      const store = await MutableDataStore.fromFile(pathToFileURL(join(dir, 'data-store.json')));
      const sent: string[] = [];
      const environment = (name: string) => ({
        moduleGraph: { getModuleById: () => undefined },
        hot: { send: (event: string | { type: string }) => sent.push(`${name}:${typeof event === 'string' ? event : event.type}`) },
      });
      const watched = { environments: { ssr: environment('ssr'), client: environment('client') } } as unknown as DevServer;
      const flush = keepStoreInMemory(store, watched);
      sent.length = 0;
      const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));
      store.set('articles', 'en/a', { id: 'en/a', data: { title: 'One' } });
      store.set('articles', 'en/b', { id: 'en/b', data: { title: 'Two' } });
      store.delete('articles', 'en/b');
      expect(sent).toEqual([]);
      await pause(SHOW_AFTER_MS + 60);
      // Well before Astro's half-second write.
      expect(sent).toEqual(['ssr:astro:content-changed', 'client:full-reload']);
      // The write Astro asks for then changes nothing the pages read.
      await pause(600);
      expect(sent).toHaveLength(2);
      store.set('articles', 'en/a', { id: 'en/a', data: { title: 'One, again' } });
      await pause(SHOW_AFTER_MS + 60);
      expect(sent).toHaveLength(4);
      await flush();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('a new MDX article is shown once content-modules.mjs lists it', () => {
  it('asks Astro again when its write of the list left the new article out, and tells the pages only then', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'zhiku-live-store-'));
    try {
      const store = (await MutableDataStore.fromFile(pathToFileURL(join(dir, 'data-store.json')))) as MutableContentStore & {
        scopedStore(name: string): { set(entry: Record<string, unknown>): boolean };
      };
      const list = join(dir, 'content-modules.mjs');
      const articles = store.scopedStore('articles');
      articles.set({ id: 'en/old', data: {}, filePath: 'content/articles/en/old.mdx', deferredRender: true });
      // The first sync writes the list.
      await store.writeModuleImports(pathToFileURL(list));
      // What the list said each time the pages were told to read the store again.
      const seen: string[] = [];
      const environment = {
        moduleGraph: { getModuleById: () => undefined, getModulesByFile: () => undefined },
        hot: { send: () => seen.push(readFileSync(list, 'utf8')) },
      };
      const flush = keepStoreInMemory(store, { environments: { ssr: environment } } as unknown as DevServer);
      seen.length = 0;
      // A write of the list under way (as one a deletion asked for half a second before) when an editor saves a new MDX article:
      // Astro then marks the list written, and its own write of the new list, half a second on, writes nothing.
      const earlier = store.writeModuleImports(pathToFileURL(list));
      articles.set({ id: 'en/new', data: {}, filePath: 'content/articles/en/new.mdx', deferredRender: true });
      await earlier;
      const end = Date.now() + 5_000;
      while (!seen.length && Date.now() < end) await new Promise((done) => setTimeout(done, 50));
      expect(seen.length, 'the pages were told to read the store').toBeGreaterThan(0);
      expect(seen[0]).toContain('content/articles/en/new.mdx');
      expect(readFileSync(list, 'utf8')).toContain('content/articles/en/old.mdx');
      await flush();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("a build's store is written in a worker thread", () => {
  const dirs: string[] = [];
  afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));
  /** Two stores holding the same entries: what Astro writes and what the worker writes must be the same bytes. */
  const twoStores = async (entry: (n: number) => unknown) => {
    const dir = await mkdtemp(join(tmpdir(), 'zhiku-store-worker-'));
    dirs.push(dir);
    const files = [join(dir, 'astro.json'), join(dir, 'worker.json')] as const;
    const stores = [
      await MutableDataStore.fromFile(pathToFileURL(files[0])),
      await MutableDataStore.fromFile(pathToFileURL(files[1])),
    ] as const;
    // Entries set out of order, as a sync's parallel loads set them; the file holds them sorted.
    for (const store of stores) for (const n of [3, 1, 2]) store.set(n === 2 ? 'glossary' : 'articles', `en/${n}`, entry(n));
    return { files, stores };
  };

  it('writes the bytes Astro writes, and nothing until the build has handed the store over', async () => {
    const shared = { topic: 'cbdc' };
    const { files, stores } = await twoStores((n) => ({
      id: `en/${n}`,
      data: {
        title: `文章 ${n}`,
        date: new Date(Date.UTC(2024, n, 1)),
        topics: [shared, shared],
        draft: undefined,
        aliases: new Set([`old-${n}`]),
      },
      rendered: { html: `<p>Body ${n}</p>`, metadata: { headings: new Map([['h', n]]) } },
      digest: `d${n}`,
    }));
    await stores[0].writeToDisk();
    expect(deferStoreWrites()).toBe(true);
    await stores[1].writeToDisk();
    expect(existsSync(files[1])).toBe(false);
    const written = await writeStoreInWorker(files[1]);
    expect(readFileSync(files[1], 'utf8')).toBe(readFileSync(files[0], 'utf8'));
    // The file as the worker wrote it, for the cache record: what is on disk, with its SHA-256.
    const onDisk = statSync(files[1]);
    expect(written).toEqual({
      ino: onDisk.ino,
      size: onDisk.size,
      mtimeMs: onDisk.mtimeMs,
      sha256: createHash('sha256').update(readFileSync(files[1])).digest('hex'),
    });
    // The deferral lasts until the build resumes writes: a store asked again meanwhile is written then.
    stores[1].set('articles', 'en/1', { id: 'en/1', data: { title: 'Changed after the hand-over' } });
    await stores[1].writeToDisk();
    expect(readFileSync(files[1], 'utf8')).not.toContain('Changed after the hand-over');
    await resumeStoreWrites();
    expect(readFileSync(files[1], 'utf8')).toContain('Changed after the hand-over');
  });

  it('says nothing of a file that already held the same store, which the worker leaves as it was', async () => {
    const { files, stores } = await twoStores((n) => ({ id: `en/${n}`, data: { title: `C${n}` } }));
    deferStoreWrites();
    await stores[1].writeToDisk();
    expect(await writeStoreInWorker(files[1])).toBeDefined();
    const before = statSync(files[1]);
    deferStoreWrites();
    await stores[1].writeToDisk();
    expect(await writeStoreInWorker(files[1])).toBeUndefined();
    expect(statSync(files[1]).ino).toBe(before.ino);
    expect(statSync(files[1]).mtimeMs).toBe(before.mtimeMs);
    await resumeStoreWrites();
  });

  it('writes a store no worker can be sent on the main thread, as Astro does', async () => {
    const { files, stores } = await twoStores((n) => ({
      id: `en/${n}`,
      data: { title: `A${n}`, source: new URL(`https://example.org/${n}`) },
    }));
    await stores[0].writeToDisk();
    deferStoreWrites();
    await stores[1].writeToDisk();
    // Written here: nothing is said of the file, which the cache record then reads itself.
    expect(await writeStoreInWorker(files[1])).toBeUndefined();
    expect(readFileSync(files[1], 'utf8')).toBe(readFileSync(files[0], 'utf8'));
    expect(readFileSync(files[1], 'utf8')).toContain('https://example.org/2');
    await resumeStoreWrites();
  });

  it('writes the store on the main thread when the worker fails, and names the file when that fails too', async () => {
    const { files, stores } = await twoStores((n) => ({ id: `en/${n}`, data: { title: `B${n}` } }));
    await stores[0].writeToDisk();
    deferStoreWrites();
    await stores[1].writeToDisk();
    // The worker is sent a path it cannot write; the store's own file is written instead.
    await writeStoreInWorker(join(files[1], 'no-such-folder', 'data-store.json'));
    expect(readFileSync(files[1], 'utf8')).toBe(readFileSync(files[0], 'utf8'));
    await resumeStoreWrites();

    const nowhere = join(files[1], 'no-such-folder', 'data-store.json');
    const lost = await MutableDataStore.fromFile(pathToFileURL(nowhere));
    lost.set('articles', 'en/1', { id: 'en/1', data: { title: 'Nowhere to go' } });
    deferStoreWrites();
    await lost.writeToDisk();
    await expect(writeStoreInWorker(nowhere)).rejects.toThrow(nowhere);
    await resumeStoreWrites().catch(() => undefined);
  });
});
