/**
 * Damaged caches (issue 22): the media fixture (pages, search bundles and
 * optimised images) is built once from an empty cache, which is kept; then
 * each round cuts in half or removes a file of a fresh copy of that cache,
 * builds the site again with it, and the result must be the first, clean
 * build byte for byte: what the cache check (src/integrations/cacheCheck.ts)
 * finds damaged is made again, never published. The content never changes,
 * so the one clean build serves every round. The page cut is one without
 * code: Shiki leaves a line uncoloured when tokenising it takes over 500 ms,
 * which a loaded machine can reach, so a page with code is not always the
 * same when rendered again.
 */
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cachedOutputs, pageCopyFile } from '../../src/core/build/cachedOutputs';
import { CACHE_RECORD_FILE, fileStamp, parseRecord, recordText } from '../../src/core/build/cacheRecord';
import { sha256 } from '../../src/site/cacheCheck';
import { logPages } from '../helpers/buildLog';
import { buildSite, PROJECT_ROOT } from '../helpers/buildSite';
import { nodePagefind } from '../helpers/pagefind';
import { serveStatic } from '../helpers/serve';
import { expectSameSite, siteFiles } from '../helpers/siteFiles';

const FIXTURE = join(PROJECT_ROOT, 'tests/fixtures/media-site');
const PAGE = 'en/articles/plain-text/index.html';
/** Where the cache keeps its copy of that page (src/core/build/cachedOutputs.ts). */
const COPY = pageCopyFile(PAGE);
/** A round is one build, a few seconds; a loaded machine has taken 45 s. */
const ROUND_TIMEOUT = 120_000;

describe('a damaged build cache', { timeout: ROUND_TIMEOUT }, () => {
  let content: string;
  let cache: string;
  /** The cache as the clean build left it: each round starts from it, so that it damages nothing but its own file. */
  let pristine: string;
  let clean: Map<string, Buffer>;

  beforeAll(async () => {
    const work = await mkdtemp(join(PROJECT_ROOT, 'node_modules/.cache/zhiku-cache-damage-'));
    content = join(work, 'content');
    cache = join(work, 'cache');
    pristine = join(work, 'pristine-cache');
    await cp(FIXTURE, content, { recursive: true });
    const first = await buildSite(content, { ZHIKU_CACHE_DIR: cache });
    expect(first.stdout).toMatch(/0 unchanged and copied from the cache/);
    clean = await siteFiles(first.outDir);
    await cp(cache, pristine, { recursive: true });
    return () => rm(work, { recursive: true, force: true });
  }, 120_000);

  beforeEach(async () => {
    await rm(cache, { recursive: true, force: true });
    await cp(pristine, cache, { recursive: true });
  });

  /** Builds again with the kept cache; its files and its log. */
  async function rebuild() {
    const build = await buildSite(content, { ZHIKU_CACHE_DIR: cache });
    return { outDir: build.outDir, files: await siteFiles(build.outDir), log: stripVTControlCharacters(build.stdout) };
  }

  /** Records cache files in the cache's record as they are now, as a finished build would have. */
  async function recordAsItIs(paths: string[]) {
    const file = join(cache, CACHE_RECORD_FILE);
    const record = parseRecord(await readFile(file, 'utf8'))!;
    for (const path of paths) {
      const bytes = await readFile(join(cache, path));
      const stats = await stat(join(cache, path));
      record[path] = { size: bytes.length, sha256: sha256(bytes), stamp: fileStamp(stats) };
    }
    await writeFile(file, recordText(record));
  }

  /** Cuts a file to half its length, as a disk or a cache upload cut short would. */
  async function cutInHalf(file: string): Promise<number> {
    const { length } = await readFile(file);
    await truncate(file, Math.floor(length / 2));
    return length;
  }

  /** The folder of the one cached search bundle of a language (`pagefind/<lang>/<key>/`; its memo of pages is a file beside it). */
  async function cachedBundle(lang: string): Promise<string> {
    const folders = (await readdir(join(cache, 'pagefind', lang), { withFileTypes: true })).filter((entry) => entry.isDirectory());
    const [key, ...others] = folders.map((entry) => entry.name);
    expect(others, 'one cached bundle per language').toEqual([]);
    return join(cache, 'pagefind', lang, key!);
  }

  /**
   * An optimised copy of the chart, which a Markdown page shows: that page is copied from the cache, and
   * Astro makes the copy again only when it renders the page (MDX pages, such as the one with the photo,
   * are rendered on every build).
   */
  async function chartImage(): Promise<string> {
    return (await readdir(join(cache, 'assets'))).find((file) => file.startsWith('reserves-2024.') && file.endsWith('.webp'))!;
  }

  it('keeps the copies of the pages in one folder of the cache, not a folder per page', async () => {
    const copies = await readdir(join(cache, 'pages'), { withFileTypes: true });
    expect(copies.every((entry) => entry.isFile())).toBe(true);
    expect(copies.map((entry) => entry.name)).toContain(COPY.slice('pages/'.length));
    // One copy for each page Astro's manifest records, and nothing else.
    const recorded = cachedOutputs(await readFile(join(cache, 'incremental-build.json'), 'utf8'));
    expect(recorded.size).toBeGreaterThan(5);
    expect(copies.map((entry) => `pages/${entry.name}`).sort()).toEqual([...recorded.keys()].map(pageCopyFile).sort());
    await expect(stat(join(cache, 'dist'))).rejects.toThrow();
  });

  it("renders again, never from pages/, a cache that also holds copies at Astro's paths, and removes both", async () => {
    // A build of older code (copies at Astro's paths under dist/) ran since pages/ was last in step with the manifest,
    // so the copy in pages/ may be older than the page the manifest's key stands for. Planted: both copies with other
    // bytes than the page, each recorded as it is, so that the cache check finds nothing damaged.
    const stale = (await readFile(join(cache, COPY), 'utf8')).replace('</h1>', ' (older)</h1>');
    expect(stale).toContain('(older)');
    await rm(join(cache, COPY));
    await writeFile(join(cache, COPY), stale);
    await mkdir(join(cache, 'dist/en/articles/plain-text'), { recursive: true });
    await writeFile(join(cache, 'dist', PAGE), stale);
    await recordAsItIs([COPY, `dist/${PAGE}`]);
    const { files, log } = await rebuild();
    expectSameSite(files, clean);
    expect(logPages(log).rendered).toContain(`/${PAGE}`);
    await expect(stat(join(cache, 'dist'))).rejects.toThrow();
    expect(await readFile(join(cache, COPY))).toEqual(clean.get(PAGE));
  });

  it('starts afresh, warning of nothing, from a cache folder no build has finished with', async () => {
    // As `astro sync`, `astro check` or `astro dev` leave it: files, and no record of a finished build.
    await rm(join(cache, CACHE_RECORD_FILE));
    const { files, log } = await rebuild();
    expectSameSite(files, clean);
    expect(log).toMatch(/No build has finished with this cache folder yet: \d+ cache entries other commands left there go first/);
    expect(log).not.toMatch(/\[WARN\] \[zhiku:cache-check\]/);
    // The build's own record is there now: the next build trusts it.
    const next = await rebuild();
    expect(next.log).toMatch(/0 cache entries dropped/);
  });

  it('renders again a page cut in half in the incremental cache', async () => {
    const length = await cutInHalf(join(cache, COPY));
    const { files, log } = await rebuild();
    expectSameSite(files, clean);
    expect(log).toContain(`${COPY} (damaged: ${Math.floor(length / 2)} bytes, recorded ${length})`);
    expect(logPages(log).rendered).toContain(`/${PAGE}`);
  });

  it('renders again a page whose bytes changed in place, its size kept, in a cache a finished build left as recorded', async () => {
    // This round's copy of the cache is new to the record (other inodes): a first build reads it whole and records
    // it as it finds it, so that the next check trusts what was not written since and reads only what was.
    await rebuild();
    const file = join(cache, COPY);
    const text = await readFile(file, 'utf8');
    // A file time tick later than the record: times tick in coarse steps.
    await new Promise((resolve) => setTimeout(resolve, 25));
    await writeFile(file, text.replace('<title>', '<TITLE>'));
    expect((await readFile(file)).length).toBe(Buffer.byteLength(text));
    const { files, log } = await rebuild();
    expectSameSite(files, clean);
    expect(log).toContain(`${COPY} (damaged: its SHA-256 is not the recorded one)`);
    expect(logPages(log).rendered).toContain(`/${PAGE}`);
  });

  it('indexes again a search bundle cut in half, and the rebuilt index finds every page', async () => {
    const bundle = await cachedBundle('en');
    const meta = (await readdir(bundle)).find((file) => file.endsWith('.pf_meta'))!;
    await cutInHalf(join(bundle, meta));
    const { outDir, files, log } = await rebuild();
    expectSameSite(files, clean);
    expect(log).toContain(`${meta}: damaged:`);
    expect(log).toMatch(/2 search bundles, 1 unchanged and copied from the cache/);
    // A real search over the rebuilt index finds each English article by a word of its own.
    const server = await serveStatic(outDir);
    try {
      const pagefind = await nodePagefind(outDir, server.url, 'en');
      const found = async (query: string) => (await pagefind.search(query)).map((hit) => hit.url);
      expect(await found('custodian')).toEqual(['/en/articles/custody-flow/']);
      expect(await found('attestations')).toEqual(['/en/articles/reserve-reports/']);
      expect(await found('plain')).toEqual(['/en/articles/plain-text/']);
    } finally {
      await server.close();
    }
  });

  it('optimises again an image cut in half in the asset cache', async () => {
    const webp = await chartImage();
    await cutInHalf(join(cache, 'assets', webp));
    const { files, log } = await rebuild();
    expectSameSite(files, clean);
    expect(log).toContain(`assets/${webp} (damaged:`);
    expect(log).toContain('incremental-build.json (the optimised image');
  });

  it('makes again what is missing: a file of a search bundle, a cached page, an optimised image', async () => {
    const bundle = await cachedBundle('zh');
    const fragments = join(bundle, 'fragment');
    const [fragment] = await readdir(fragments);
    await rm(join(fragments, fragment!));
    await rm(join(cache, COPY));
    await rm(join(cache, 'assets', await chartImage()));
    const { files, log } = await rebuild();
    expectSameSite(files, clean);
    expect(log).toContain(`fragment/${fragment}: missing`);
    expect(log).toMatch(/2 cache entries recorded by the last finished build were gone/);
  });
});
