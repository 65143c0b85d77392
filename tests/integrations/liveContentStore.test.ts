import { existsSync, readFileSync } from 'node:fs';
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
