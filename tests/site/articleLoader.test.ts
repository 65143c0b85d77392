import type { LoaderContext } from 'astro/loaders';
import { EventEmitter } from 'node:events';
import { promises as fsPromises, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readFrontmatter } from '../../src/core/content/frontmatter';
import { articleEntryId, articleLoader } from '../../src/site/articleLoader';
import { currentContent } from '../../src/site/currentContent';
import { article, writeContentFolder } from '../helpers/contentFolder';

describe('articleEntryId: the file name is the only source of an article id', () => {
  it.each<[string, unknown, string]>([
    ['en/fed-stablecoin.md', {}, 'en/fed-stablecoin'],
    ['zh/shu-zi-ren-min-bi.mdx', {}, 'zh/shu-zi-ren-min-bi'],
    ['en/b.md', { slug: 'en/a' }, 'en/b'],
    ['en/b.md', { slug: 'zh/x' }, 'en/b'],
    ['en/b.md', { slug: '../../x' }, 'en/b'],
  ])('%s with %j', (entry, data, expected) => {
    expect(articleEntryId({ entry, data } as { entry: string })).toBe(expected);
  });
});

describe('articleLoader, run by itself (as if the validator had not run)', () => {
  /** Runs the loader over a folder with Astro's real glob loader and a store that keeps what it is given. */
  async function load(
    dir: string,
    entries = new Map<string, { filePath?: string; body?: string }>(),
    more: object = {},
  ): Promise<{ ids: string[]; error?: string }> {
    const context = {
      ...more,
      config: { root: pathToFileURL(`${dir}/`), srcDir: pathToFileURL(`${dir}/src/`) },
      collection: 'articles',
      logger: { warn: () => {}, error: () => {}, info: () => {}, debug: () => {} },
      parseData: async ({ data }: { data: unknown }) => data,
      generateDigest: (data: unknown) => String(data).length.toString(),
      store: {
        keys: () => [...entries.keys()],
        get: (id: string) => entries.get(id),
        set: (entry: { id: string; filePath?: string }) => entries.set(entry.id, entry),
        delete: (id: string) => entries.delete(id),
        addModuleImport: () => {},
        addAssetImports: () => {},
      },
      entryTypes: new Map([
        [
          '.md',
          {
            getEntryInfo: ({ contents }: { contents: string }) => ({
              data: readFrontmatter(contents).data,
              body: readFrontmatter(contents).body,
            }),
          },
        ],
      ]),
    } as unknown as LoaderContext;
    try {
      await articleLoader(dir).load(context);
      return { ids: [...entries.keys()].sort() };
    } catch (error) {
      return { ids: [...entries.keys()].sort(), error: (error as Error).message };
    }
  }

  it('keys each file by its name, whatever `slug:` its frontmatter claims', async () => {
    const dir = await writeContentFolder({
      'articles/en/a.md': article('title: A\ndate: 2019-11-18'),
      'articles/en/b.md': article('title: B\ndate: 2019-11-18\nslug: en/a'),
      'articles/en/c.md': article('title: C\ndate: 2019-11-18\nslug: ../../x'),
    });
    expect(await load(dir)).toEqual({ ids: ['en/a', 'en/b', 'en/c'] });
  });

  it('stores each entry without the body the glob loader read', async () => {
    const dir = await writeContentFolder({ 'articles/en/a.md': article('title: A\ndate: 2019-11-18', 'A body the store does not keep.') });
    const entries = new Map<string, { filePath?: string; body?: string }>();
    expect(await load(dir, entries)).toEqual({ ids: ['en/a'] });
    expect(entries.get('en/a')).toMatchObject({ filePath: expect.stringMatching(/en\/a\.md$/) });
    expect(entries.get('en/a')?.body).toBeUndefined();
  });

  it('stores each file as the site read it, not as it was saved since: a build publishes what its validator checked', async () => {
    const dir = await writeContentFolder({ 'articles/en/a.md': article('title: As read\ndate: 2019-11-18') });
    // The build reads the folder once, before the content syncs (astro.config.mjs); a save lands in between.
    currentContent(dir);
    writeFileSync(join(dir, 'articles/en/a.md'), article('title: Saved later\ndate: 2019-11-18'));
    const entries = new Map<string, { filePath?: string; body?: string; data?: { title?: string } }>();
    expect(await load(dir, entries)).toEqual({ ids: ['en/a'] });
    expect(entries.get('en/a')?.data?.title).toBe('As read');
    // And Node's own reading of files is as it was.
    expect(await readFile(join(dir, 'articles/en/a.md'), 'utf-8')).toContain('title: Saved later');
  });

  it('in `astro dev`, takes a file from the site reading only while the file is as it was read', async () => {
    const dir = await writeContentFolder({
      'articles/en/a.md': article('title: A\ndate: 2019-11-18'),
      'articles/en/b.md': article('title: B as read\ndate: 2019-11-18'),
    });
    currentContent(dir);
    writeFileSync(join(dir, 'articles/en/b.md'), article('title: B saved since\ndate: 2019-11-18'));
    const watcher = Object.assign(new EventEmitter(), { add: () => undefined });
    const diskReads: string[] = [];
    const diskRead = fsPromises.readFile;
    fsPromises.readFile = ((path: unknown, options: unknown) => {
      if (path instanceof URL) diskReads.push(path.pathname.split('/').slice(-2).join('/'));
      return (diskRead as (path: unknown, options: unknown) => Promise<string | Buffer>)(path, options);
    }) as typeof diskRead;
    const entries = new Map<string, { filePath?: string; body?: string; data?: { title?: string } }>();
    try {
      expect(await load(dir, entries, { watcher })).toEqual({ ids: ['en/a', 'en/b'] });
    } finally {
      fsPromises.readFile = diskRead;
    }
    expect(entries.get('en/a')?.data?.title).toBe('A');
    expect(entries.get('en/b')?.data?.title).toBe('B saved since');
    // The unchanged file came from the reading; the one saved since from disk.
    expect(diskReads).toEqual(['en/b.md']);
  });

  it('refuses a file reached through a symbolic link', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'zhiku-outside-'));
    writeFileSync(join(outside, 'secret.md'), article('title: Secret\ndate: 2019-11-18'));
    const dir = await writeContentFolder({ 'articles/en/a.md': article('title: A\ndate: 2019-11-18') });
    symlinkSync(join(outside, 'secret.md'), join(dir, 'articles/en/leak.md'));
    const { error } = await load(dir);
    expect(error).toBe(
      `${dir}/articles/en/leak.md is a symbolic link (to ${outside}/secret.md): the site reads only files stored in the content folder.`,
    );
  });

  it('refuses the files of a linked folder, which the site reading lists, once that reading answers the glob loader', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'zhiku-outside-'));
    writeFileSync(join(outside, 'secret.md'), article('title: Secret\ndate: 2019-11-18'));
    const dir = await writeContentFolder({ 'articles/en/a.md': article('title: A\ndate: 2019-11-18') });
    symlinkSync(outside, join(dir, 'articles/zh'));
    expect(currentContent(dir).articles.map((a) => a.path)).toContain('zh/secret.md');
    const entries = new Map<string, { filePath?: string; body?: string }>();
    const { error } = await load(dir, entries);
    expect(error).toBe(
      `${dir}/articles/zh/secret.md is a symbolic link (to ${outside}/secret.md): the site reads only files stored in the content folder.`,
    );
    expect(entries.has('zh/secret')).toBe(false);
  });
});
