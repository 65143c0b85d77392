import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dataStoreModuleCode, liveDataStoreModuleCode } from '../../src/integrations/dataStoreModule';
import { LIVE_STORE } from '../../src/integrations/liveContentStore';

describe('dataStoreModuleCode', () => {
  const dirs: string[] = [];
  afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

  it('exports what Astro inlined: the parsed data-store.json, read from the file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'zhiku-store-'));
    dirs.push(dir);
    const file = join(dir, 'data-store.json');
    // A devalue-flattened store, as Astro writes it, with text Astro would have had to escape.
    const store = JSON.stringify([['Map', 1], 'articles', { html: '<p class="a">知库 "quoted" \\ </p>\n' }]);
    await writeFile(file, store);
    const mod = await import(`data:text/javascript,${encodeURIComponent(dataStoreModuleCode(file))}`);
    expect(mod.default).toEqual(JSON.parse(store));
  });

  it('stays small whatever the size of the store', () => {
    expect(dataStoreModuleCode('/site/node_modules/.astro/data-store.json').length).toBeLessThan(200);
  });

  it('in astro dev, exports the store held in memory once there is one, else reads the file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'zhiku-store-'));
    dirs.push(dir);
    const file = join(dir, 'data-store.json');
    await writeFile(file, JSON.stringify([['Map', 1], 'from the file']));
    const load = async () =>
      (await import(`data:text/javascript,${encodeURIComponent(liveDataStoreModuleCode(file))}#${Math.random()}`)).default;
    expect(await load()).toEqual([['Map', 1], 'from the file']);
    const collections = new Map([['articles', new Map([['en/a', { id: 'en/a' }]])]]);
    (globalThis as Record<symbol, unknown>)[LIVE_STORE] = { _collections: collections };
    try {
      expect(await load()).toBe(collections);
    } finally {
      delete (globalThis as Record<symbol, unknown>)[LIVE_STORE];
    }
  });
});
