/**
 * Cached pages copied in line (src/integrations/cachedPageCopies.ts): the same
 * copy and timestamps as Astro's own restoreOutputFile, and the patch finds
 * Astro's cache class where it looks, so an Astro upgrade that moves it fails
 * here instead of falling back unnoticed. incrementalBuild.test.ts checks the
 * pages it restores against clean builds, byte for byte.
 */
import fs, {
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  copyCachedPagesInLine,
  dropCopiesOfOtherBuilds,
  dropUnrecordedCopies,
  restoreOutputFileSync,
  writeFilesInLine,
  writeOutputFileLinked,
} from '../../src/integrations/cachedPageCopies';
import { pageCopyFile } from '../../src/core/build/cachedOutputs';

/** Where the cache keeps the copy of the page `en/articles/a/index.html`, in a test's folder. */
const copyOfA = (root: string) => join(root, 'cache', pageCopyFile('en/articles/a/index.html'));

describe('restoreOutputFileSync', () => {
  let root: string;
  let settings: { config: { cacheDir: URL } };
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'zhiku-page-copies-'));
    settings = { config: { cacheDir: pathToFileURL(join(root, 'cache/')) } };
    mkdirSync(dirname(copyOfA(root)), { recursive: true });
    writeFileSync(copyOfA(root), '<p>Cached.</p>');
    utimesSync(copyOfA(root), 1_600_000_000, 1_600_000_000);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it("copies a cached page into its folder with the cached copy's times, as Astro does", () => {
    const destination = pathToFileURL(join(root, 'dist/en/articles/a/index.html'));
    expect(restoreOutputFileSync(settings, 'en/articles/a/index.html', destination, new Set())).toBe(true);
    expect(readFileSync(destination, 'utf8')).toBe('<p>Cached.</p>');
    expect(statSync(destination).mtimeMs).toBe(1_600_000_000_000);
  });

  it('links the cached page where the file system allows: the same file, no bytes copied', () => {
    const destination = pathToFileURL(join(root, 'dist/en/articles/a/index.html'));
    restoreOutputFileSync(settings, 'en/articles/a/index.html', destination, new Set());
    expect(statSync(destination).ino).toBe(statSync(copyOfA(root)).ino);
  });

  it('copies nothing and says so when the cached copy is gone', () => {
    const destination = pathToFileURL(join(root, 'dist/en/articles/b/index.html'));
    expect(restoreOutputFileSync(settings, 'en/articles/b/index.html', destination, new Set())).toBe(false);
  });
});

describe('writeOutputFileLinked', () => {
  let root: string;
  let settings: { config: { cacheDir: URL; outDir: URL } };
  const cached = () => copyOfA(root);
  const page = () => join(root, 'dist/en/articles/a/index.html');
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'zhiku-page-copies-'));
    settings = { config: { cacheDir: pathToFileURL(join(root, 'cache/')), outDir: pathToFileURL(join(root, 'dist/')) } };
    mkdirSync(dirname(page()), { recursive: true });
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('keeps the page just written to dist/ as a link to it, and says so with the file as it is', () => {
    writeFileSync(page(), '<p>New.</p>');
    const heard: [string, string, number, number][] = [];
    writeOutputFileLinked(settings, 'en/articles/a/index.html', '<p>New.</p>', new Set(), (from, to, file) =>
      heard.push([from, to, file.ino, file.size]),
    );
    expect(readFileSync(cached(), 'utf8')).toBe('<p>New.</p>');
    expect(statSync(cached()).ino).toBe(statSync(page()).ino);
    expect(heard).toEqual([[page(), cached(), statSync(page()).ino, 11]]);
  });

  it('replaces a cached file linked to an older page instead of writing into it', () => {
    mkdirSync(dirname(cached()), { recursive: true });
    writeFileSync(join(root, 'old.html'), '<p>Old.</p>');
    linkSync(join(root, 'old.html'), cached());
    writeFileSync(page(), '<p>Newer.</p>');
    writeOutputFileLinked(settings, 'en/articles/a/index.html', '<p>Newer.</p>', new Set());
    expect(readFileSync(cached(), 'utf8')).toBe('<p>Newer.</p>');
    expect(readFileSync(join(root, 'old.html'), 'utf8')).toBe('<p>Old.</p>');
  });

  it('keeps the copies of all pages in one folder of the cache, none in a folder of its own', () => {
    const other = 'zh/articles/b/index.html';
    mkdirSync(join(root, 'dist/zh/articles/b'), { recursive: true });
    writeFileSync(page(), '<p>A.</p>');
    writeFileSync(join(root, 'dist', other), '<p>B.</p>');
    writeOutputFileLinked(settings, 'en/articles/a/index.html', '<p>A.</p>', new Set());
    writeOutputFileLinked(settings, other, '<p>B.</p>', new Set());
    expect(readdirSync(join(root, 'cache'))).toEqual(['pages']);
    expect(readdirSync(join(root, 'cache/pages')).sort()).toEqual([basename(cached()), basename(pageCopyFile(other))].sort());
    expect(readFileSync(join(root, 'cache', pageCopyFile(other)), 'utf8')).toBe('<p>B.</p>');
  });

  it('writes the bytes when dist/ does not hold them, and hears of no link', () => {
    writeFileSync(page(), '<p>Something else.</p>');
    writeOutputFileLinked(settings, 'en/articles/a/index.html', '<p>Body.</p>', new Set(), () => {
      throw new Error('not a link');
    });
    expect(readFileSync(cached(), 'utf8')).toBe('<p>Body.</p>');
    expect(statSync(cached()).ino).not.toBe(statSync(page()).ino);
  });
});

describe('writeFilesInLine', () => {
  let root: string;
  let putBack: (() => void) | undefined;
  beforeEach(() => (root = mkdtempSync(join(tmpdir(), 'zhiku-in-line-'))));
  afterEach(() => {
    putBack?.();
    rmSync(root, { recursive: true, force: true });
  });

  it('makes the folder and writes the file before the promise is awaited, then gives Node its own back', async () => {
    const { mkdir, writeFile } = fs.promises;
    putBack = writeFilesInLine();
    const folder = join(root, 'en/articles/a');
    const made = fs.promises.mkdir(folder, { recursive: true });
    expect(existsSync(folder)).toBe(true);
    expect(await made).toBe(join(root, 'en'));
    const written = fs.promises.writeFile(join(folder, 'index.html'), '<p>页</p>');
    expect(readFileSync(join(folder, 'index.html'), 'utf8')).toBe('<p>页</p>');
    await written;
    await fs.promises.writeFile(pathToFileURL(join(folder, 'bytes.bin')), new Uint8Array([1, 2, 3]));
    expect([...readFileSync(join(folder, 'bytes.bin'))]).toEqual([1, 2, 3]);
    putBack();
    putBack = undefined;
    expect([fs.promises.mkdir, fs.promises.writeFile]).toEqual([mkdir, writeFile]);
  });

  it("gives Node's own back even over a replacement a failed build left in place", () => {
    const { mkdir, writeFile } = fs.promises;
    writeFilesInLine();
    putBack = writeFilesInLine();
    expect(fs.promises.mkdir).not.toBe(mkdir);
    putBack();
    putBack = undefined;
    expect([fs.promises.mkdir, fs.promises.writeFile]).toEqual([mkdir, writeFile]);
  });

  it('gives the event loop a turn at each write, so that a loop of writes starves nothing', async () => {
    putBack = writeFilesInLine();
    let turned = -1;
    setImmediate(() => (turned = written));
    let written = 0;
    for (; written < 50; written++) {
      await fs.promises.mkdir(join(root, `p${written}`), { recursive: true });
      await fs.promises.writeFile(join(root, `p${written}`, 'index.html'), 'x');
    }
    expect(turned).toBe(0);
  });

  it("rejects as Node's own would, and leaves file handles to Node", async () => {
    putBack = writeFilesInLine();
    const missing = join(root, 'no/such/folder/index.html');
    const failed = await fs.promises.writeFile(missing, 'x').catch((error: NodeJS.ErrnoException) => error);
    expect((failed as NodeJS.ErrnoException).code).toBe('ENOENT');
    const handle = await fs.promises.open(join(root, 'handle.txt'), 'w');
    await fs.promises.writeFile(handle, 'through the handle');
    await handle.close();
    expect(readFileSync(join(root, 'handle.txt'), 'utf8')).toBe('through the handle');
  });
});

describe('copyCachedPagesInLine', () => {
  it("replaces the restore of Astro's incremental build cache, the class Astro's build uses", () => {
    expect(copyCachedPagesInLine()).toBe(true);
    const require = createRequire(import.meta.url);
    const { IncrementalBuildCache } = require(join(dirname(require.resolve('astro/package.json')), 'dist/core/build/incremental.js')) as {
      IncrementalBuildCache: { prototype: { restoreOutputFile: { toString(): string }; writeOutputFile: { toString(): string } } };
    };
    expect(IncrementalBuildCache.prototype.restoreOutputFile.toString()).toContain('restoreOutputFileSync');
    expect(IncrementalBuildCache.prototype.writeOutputFile.toString()).toContain('writeOutputFileLinked');
  });

  it("removes a page's copy from where the cache keeps it when Astro prunes the page", async () => {
    expect(copyCachedPagesInLine()).toBe(true);
    const require = createRequire(import.meta.url);
    const { IncrementalBuildCache } = require(join(dirname(require.resolve('astro/package.json')), 'dist/core/build/incremental.js')) as {
      IncrementalBuildCache: {
        prototype: { deleteOutputFile(settings: { config: { cacheDir: URL } }, outputFile: string): Promise<void> };
      };
    };
    const root = mkdtempSync(join(tmpdir(), 'zhiku-page-copies-'));
    try {
      mkdirSync(dirname(copyOfA(root)), { recursive: true });
      writeFileSync(copyOfA(root), '<p>Pruned.</p>');
      await IncrementalBuildCache.prototype.deleteOutputFile(
        { config: { cacheDir: pathToFileURL(join(root, 'cache/')) } },
        'en/articles/a/index.html',
      );
      expect(existsSync(copyOfA(root))).toBe(false);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('dropCopiesOfOtherBuilds and dropUnrecordedCopies', () => {
  let root: string;
  const copy = (path: string, text = '<p>Copy.</p>') => {
    mkdirSync(dirname(join(root, 'cache', path)), { recursive: true });
    writeFileSync(join(root, 'cache', path), text);
  };
  const verifiedOf = (...paths: string[]) => new Map(paths.map((path) => [path, { ino: 1, size: 1, mtimeMs: 1, sha256: 'x' }]));
  beforeEach(() => (root = mkdtempSync(join(tmpdir(), 'zhiku-page-copies-'))));
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it("drops both kinds of copies, and what was verified of them, when the cache holds copies at Astro's paths", () => {
    copy(pageCopyFile('en/articles/a/index.html'));
    copy('dist/en/articles/a/index.html');
    copy('data-store.json', '{}');
    const verified = verifiedOf(pageCopyFile('en/articles/a/index.html'), 'dist/en/articles/a/index.html', 'data-store.json');
    dropCopiesOfOtherBuilds(join(root, 'cache'), join(root, 'dist'), verified);
    expect(readdirSync(join(root, 'cache'))).toEqual(['data-store.json']);
    expect([...verified.keys()]).toEqual(['data-store.json']);
  });

  it('leaves the copies in pages/ when no build kept copies another way, and a dist/ that is the output folder', () => {
    copy(pageCopyFile('en/articles/a/index.html'));
    const verified = verifiedOf(pageCopyFile('en/articles/a/index.html'));
    dropCopiesOfOtherBuilds(join(root, 'cache'), join(root, 'dist'), verified);
    expect(verified.size).toBe(1);
    copy('dist/en/index.html');
    dropCopiesOfOtherBuilds(join(root, 'cache'), join(root, 'cache/dist'), verified);
    expect(readdirSync(join(root, 'cache')).sort()).toEqual(['dist', 'pages']);
    expect(verified.size).toBe(1);
  });

  it("removes the copies of pages Astro's manifest no longer records, and only those", () => {
    const manifest = { routes: { r: { paths: { '/en/articles/a/': { cacheKey: 'k', outputFile: 'en/articles/a/index.html' } } } } };
    copy('incremental-build.json', JSON.stringify(manifest));
    copy(pageCopyFile('en/articles/a/index.html'));
    copy(pageCopyFile('en/articles/gone/index.html'));
    expect(dropUnrecordedCopies(join(root, 'cache'))).toBe(1);
    expect(readdirSync(join(root, 'cache/pages'))).toEqual([basename(pageCopyFile('en/articles/a/index.html'))]);
    expect(dropUnrecordedCopies(join(root, 'cache'))).toBe(0);
    rmSync(join(root, 'cache/pages'), { recursive: true });
    expect(dropUnrecordedCopies(join(root, 'cache'))).toBe(0);
  });
});
