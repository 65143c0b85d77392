import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkCache, listFiles, recordCache, verifyAhead } from '../../src/site/cacheCheck';

// A file the folder listing names but that is gone when it is looked at: the content store's worker renames
// data-store.json.tmp into place while verifyAhead lists the cache folder (a build failed on it with ENOENT).
const vanishing = vi.hoisted(() => ({ root: '', listings: 0 }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const readdirSync = ((path: string, options?: { withFileTypes?: boolean }) => {
    const listed = fs.readdirSync(path, options as never) as unknown[];
    if (String(path).startsWith(vanishing.root)) vanishing.listings += 1;
    if (options?.withFileTypes && path === vanishing.root) {
      listed.push({ name: 'data-store.json.tmp', parentPath: path, isFile: () => true, isDirectory: () => false });
    }
    return listed;
  }) as typeof fs.readdirSync;
  return { ...fs, readdirSync, default: { ...fs, readdirSync } };
});

describe('a cache file renamed away while the folder is listed', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'zhiku-cache-renamed-'));
    mkdirSync(join(root, 'dist'), { recursive: true });
    writeFileSync(join(root, 'dist/page.html'), '<p>A page.</p>');
    writeFileSync(join(root, 'data-store.json'), '{}');
    // The last finished build's record, made while nothing vanished.
    recordCache(root, new Map());
    vanishing.root = root;
  });
  afterEach(() => {
    vanishing.root = '';
    rmSync(root, { recursive: true, force: true });
  });

  it('is passed over by the check, the hashing ahead and the record, which keep every file that is there', async () => {
    const verified = checkCache(root).verified;
    expect([...verified.keys()].sort()).toEqual(['data-store.json', 'dist/page.html']);
    // The listing the hashing ahead takes (in its worker thread, where this mock does not reach).
    const listed = [...listFiles(root).keys()];
    expect(listed).toEqual(expect.arrayContaining(['data-store.json', 'dist/page.html']));
    expect(listed).not.toContain('data-store.json.tmp');
    writeFileSync(join(root, 'dist/new.html'), '<p>Written by this build.</p>');
    expect(await verifyAhead(root, verified).done).toBe(1);
    expect(recordCache(root, verified)).toBe(3);
    vanishing.root = '';
    expect(checkCache(root).drops).toEqual([]);
  });

  it('lists the folder for the hashing ahead in a worker thread: the main thread reads none of it', async () => {
    const verified = checkCache(root).verified;
    writeFileSync(join(root, 'dist/new.html'), '<p>Written by this build.</p>');
    vanishing.listings = 0;
    expect(await verifyAhead(root, verified).done).toBe(1);
    expect(vanishing.listings).toBe(0);
    expect(verified.has('dist/new.html')).toBe(true);
    recordCache(root, verified);
    expect(vanishing.listings).toBeGreaterThan(0);
  });
});
