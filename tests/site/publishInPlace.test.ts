/**
 * Publishing into the output folder the last build left (src/site/publishInPlace.ts): what stays, what goes.
 * tests/build/incrementalBuild.test.ts republishes a real site in place and compares it with clean builds.
 */
import {
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pageCopyFile } from '../../src/core/build/cachedOutputs';
import type { VerifiedFile } from '../../src/site/cacheCheck';
import { dropPage, dropUnbuilt, dropUnlisted, emptyKeepingCachedPages, fileOnDisk, keepCachedPages } from '../../src/site/publishInPlace';

/** Every file under a folder, '/'-separated and sorted. */
function filesUnder(root: string): string[] {
  return (readdirSync(root, { recursive: true, withFileTypes: true }) as { parentPath: string; name: string; isFile(): boolean }[])
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(root.length + 1))
    .sort();
}

/** Where the cache keeps the copy of the page `en/articles/a/index.html`. */
const copyOfA = pageCopyFile('en/articles/a/index.html');

/** The files of the kept pages, sorted. */
const filesOf = (kept: Map<string, { file: string }>) => [...kept.values()].map((page) => page.file).sort();

const write = (file: string, text: string) => {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
};

describe('publishing in place', () => {
  let root: string;
  let outDir: string;
  let cacheDir: string;
  let verified: Map<string, VerifiedFile>;

  /** A page as the last build left it: its cache copy, verified, and the same file in dist/. */
  const published = (file: string, text: string, linked = true) => {
    const copy = join(cacheDir, pageCopyFile(encodeURI(file)));
    write(copy, text);
    const { ino, size, mtimeMs } = statSync(copy);
    verified.set(pageCopyFile(encodeURI(file)), { ino, size, mtimeMs, sha256: 'checked' });
    mkdirSync(dirname(join(outDir, file)), { recursive: true });
    if (linked) linkSync(copy, join(outDir, file));
    else writeFileSync(join(outDir, file), text);
  };
  const manifest = (paths: Record<string, string>) =>
    write(
      join(cacheDir, 'incremental-build.json'),
      JSON.stringify({ routes: { r: { paths: Object.fromEntries(Object.entries(paths).map(([p, file]) => [p, { outputFile: file }])) } } }),
    );

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'zhiku-in-place-'));
    outDir = join(root, 'dist');
    cacheDir = join(root, 'cache');
    verified = new Map();
    published('en/articles/a/index.html', '<p>A</p>');
    published('zh/articles/a/index.html', '<p>甲</p>');
    published('en/articles/b/index.html', '<p>B</p>', false);
    manifest({
      '/en/articles/a/': 'en/articles/a/index.html',
      '/zh/articles/a/': 'zh/articles/a/index.html',
      '/en/articles/b/': 'en/articles/b/index.html',
    });
    write(join(outDir, 'index.html'), 'home');
    write(join(outDir, 'pagefind/en/pagefind.js'), 'search');
    write(join(outDir, 'en/articles/a/stray.txt'), 'left by hand');
    write(join(outDir, 'en/articles/gone/index.html'), 'an earlier page');
    write(join(outDir, '.git/HEAD'), 'ref');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('empties dist/ but for the pages that are their verified cache copies, and keeps .git', () => {
    const inode = statSync(join(outDir, 'en/articles/a/index.html')).ino;
    const kept = keepCachedPages(outDir, cacheDir, verified);
    expect(filesOf(kept)).toEqual(['en/articles/a/index.html', 'zh/articles/a/index.html']);
    expect(kept.get('/zh/articles/a/')?.file).toBe('zh/articles/a/index.html');
    // Page b is a copy, not the cache's file: it goes, and Astro restores or renders it again.
    expect(filesUnder(outDir)).toEqual(['.git/HEAD', 'en/articles/a/index.html', 'zh/articles/a/index.html']);
    expect(statSync(join(outDir, 'en/articles/a/index.html')).ino).toBe(inode);
    // Folders left empty go too.
    expect(existsSync(join(outDir, 'en/articles/b'))).toBe(false);
    expect(existsSync(join(outDir, 'pagefind'))).toBe(false);
  });

  it('keeps nothing when the cache check did not vouch for the copy, or there is no manifest', () => {
    verified.delete(copyOfA);
    expect(filesOf(keepCachedPages(outDir, cacheDir, verified))).toEqual(['zh/articles/a/index.html']);
    expect(filesUnder(outDir)).toEqual(['.git/HEAD', 'zh/articles/a/index.html']);
    expect(keepCachedPages(outDir, cacheDir, undefined).size).toBe(0);
    expect(filesUnder(outDir)).toEqual(['.git/HEAD']);
  });

  it('keeps a page only while its copy has the verified size and time', () => {
    const copy = verified.get(copyOfA)!;
    verified.set(copyOfA, { ...copy, mtimeMs: copy.mtimeMs - 1000 });
    expect(filesOf(keepCachedPages(outDir, cacheDir, verified))).toEqual(['zh/articles/a/index.html']);
  });

  it('empties the folder a link to the output folder names, as Astro does', () => {
    const link = join(root, 'dist-link');
    symlinkSync(outDir, link);
    expect(filesOf(keepCachedPages(link, cacheDir, verified))).toEqual(['en/articles/a/index.html', 'zh/articles/a/index.html']);
    expect(filesUnder(outDir)).toEqual(['.git/HEAD', 'en/articles/a/index.html', 'zh/articles/a/index.html']);
  });

  it('does nothing to a folder that is not there', () => {
    expect(emptyKeepingCachedPages(join(root, 'none'), new Map([['a.html', '/a/']]), () => true).size).toBe(0);
  });

  it('drops the kept pages whose path the build does not render, and the folders they leave empty', () => {
    const kept = keepCachedPages(outDir, cacheDir, verified);
    expect(dropUnlisted(outDir, kept, new Set(['/en/articles/a/', '/en/articles/b/']))).toEqual(['zh/articles/a/index.html']);
    expect(filesUnder(outDir)).toEqual(['.git/HEAD', 'en/articles/a/index.html']);
    expect(filesOf(kept)).toEqual(['en/articles/a/index.html']);
    expect(existsSync(join(outDir, 'zh'))).toBe(false);
  });

  it('removes a kept page before it is rendered again, so that the new page is a new file and its cache copy is untouched', () => {
    const kept = keepCachedPages(outDir, cacheDir, verified);
    expect(dropPage(outDir, kept, '/en/articles/a/')).toBe('en/articles/a/index.html');
    expect(dropPage(outDir, kept, '/en/articles/a/')).toBeUndefined();
    expect(dropPage(outDir, kept, '/en/articles/none/')).toBeUndefined();
    writeFileSync(join(outDir, 'en/articles/a/index.html'), '<p>A, rendered again</p>');
    expect(readFileSync(join(cacheDir, copyOfA), 'utf8')).toBe('<p>A</p>');
    expect(filesOf(kept)).toEqual(['zh/articles/a/index.html']);
  });

  it('keeps no page that public/ holds too (its file is copied over the page)', () => {
    const publicDir = join(root, 'public');
    write(join(publicDir, 'zh/articles/a/index.html'), 'a file of public/');
    expect(filesOf(keepCachedPages(outDir, cacheDir, verified, publicDir))).toEqual(['en/articles/a/index.html']);
    expect(filesOf(keepCachedPages(outDir, cacheDir, verified, join(root, 'no-public')))).toEqual(['en/articles/a/index.html']);
  });

  it("finds a page whose path Astro's manifest records percent-encoded", () => {
    published('zh/articles/稳定/index.html', '<p>稳定</p>');
    manifest({ '/zh/articles/稳定/': 'zh/articles/%E7%A8%B3%E5%AE%9A/index.html' });
    expect(filesOf(keepCachedPages(outDir, cacheDir, verified))).toEqual(['zh/articles/稳定/index.html']);
    expect(fileOnDisk('zh/articles/%E7%A8%B3/index.html')).toBe('zh/articles/稳/index.html');
    expect(fileOnDisk('en/%2e%2e/%2e%2e/x.html')).toBeUndefined();
    expect(fileOnDisk('../x.html')).toBeUndefined();
  });

  it('drops, once the pages are written, a kept page the build neither recorded nor wrote', () => {
    const kept = keepCachedPages(outDir, cacheDir, verified);
    // Astro prunes the cache copy of a page it did not record: the page's change time moves, not its content.
    unlinkSync(join(cacheDir, copyOfA));
    // The build wrote the Chinese page again (a render without a cache key records nothing).
    writeFileSync(join(outDir, 'zh/articles/a/index.html'), '<p>甲乙</p>');
    expect(dropUnbuilt(outDir, kept, new Set())).toEqual(['en/articles/a/index.html']);
    expect(filesUnder(outDir)).toEqual(['.git/HEAD', 'zh/articles/a/index.html']);
  });

  it('leaves the kept pages the build recorded', () => {
    const kept = keepCachedPages(outDir, cacheDir, verified);
    expect(dropUnbuilt(outDir, kept, new Set(['/en/articles/a/', '/zh/articles/a/']))).toEqual([]);
    expect(filesUnder(outDir)).toEqual(['.git/HEAD', 'en/articles/a/index.html', 'zh/articles/a/index.html']);
  });
});
