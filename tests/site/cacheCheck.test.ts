/**
 * The cache check on a real folder (src/site/cacheCheck.ts): a folder the last
 * build recorded and nobody touched is checked from its files' metadata alone,
 * and every way of changing a file that keeps its size is still found, because
 * it moves the file's stamp and the file is then read and hashed.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { CACHE_RECORD_FILE, parseRecord } from '../../src/core/build/cacheRecord';
import { checkCache, recordCache, verifyAhead } from '../../src/site/cacheCheck';

const PAGE = 'dist/en/articles/a/index.html';
const OTHER = 'dist/zh/articles/a/index.html';

describe('checkCache after recordCache', () => {
  let root: string;

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'zhiku-cache-check-'));
    // A first build: no record yet, it writes its pages and records them.
    const verified = checkCache(root).verified;
    for (const [path, text] of [
      [PAGE, '<p>The page as built.</p>'],
      [OTHER, '<p>另一页。</p>'],
    ] as const) {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    recordCache(root, verified);
  });

  afterEach(() => rmSync(root, { recursive: true, force: true }));

  /**
   * Changes a page's bytes and keeps its size, a clock tick after the record: file times tick in
   * coarse steps (a few ms), and a build writes nothing after its record.
   */
  const overwriteSameSize = async () => {
    await new Promise((resolve) => setTimeout(resolve, 25));
    writeFileSync(join(root, PAGE), '<p>The page as BUILT.</p>');
  };

  it('reads no file of a folder left as recorded, and keeps it all', () => {
    const found = checkCache(root);
    expect(found.drops).toEqual([]);
    expect(found.bytes).toBe(0);
    expect([...found.verified.keys()].sort()).toEqual([PAGE, OTHER]);
  });

  it('drops a page whose bytes changed in place with its size kept', async () => {
    await overwriteSameSize();
    const found = checkCache(root);
    expect(found.drops).toEqual([{ entry: PAGE, reason: 'damaged: its SHA-256 is not the recorded one' }]);
    expect(existsSync(join(root, PAGE))).toBe(false);
    expect(existsSync(join(root, OTHER))).toBe(true);
  });

  it('drops a page changed in place whose modification time was set back', async () => {
    const before = statSync(join(root, PAGE));
    await overwriteSameSize();
    utimesSync(join(root, PAGE), before.atimeMs / 1000, before.mtimeMs / 1000);
    const after = statSync(join(root, PAGE));
    expect([after.size, after.ino, Math.abs(after.mtimeMs - before.mtimeMs) < 1]).toEqual([before.size, before.ino, true]);
    expect(checkCache(root).drops.map((d) => d.entry)).toEqual([PAGE]);
  });

  it('reads a folder restored from a copy (new files, times kept) and keeps it when its bytes are the recorded ones', () => {
    const copy = `${root}-copy`;
    cpSync(root, copy, { recursive: true, preserveTimestamps: true });
    try {
      const found = checkCache(copy);
      expect(found.drops).toEqual([]);
      expect(found.bytes).toBe(readFileSync(join(copy, PAGE)).length + readFileSync(join(copy, OTHER)).length);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it('drops a page of a restored copy whose bytes differ though its size and time are kept', () => {
    const copy = `${root}-copy`;
    cpSync(root, copy, { recursive: true, preserveTimestamps: true });
    try {
      const { atime, mtime } = statSync(join(copy, PAGE));
      writeFileSync(join(copy, PAGE), '<p>The page as BUILT.</p>');
      utimesSync(join(copy, PAGE), atime, mtime);
      expect(checkCache(copy).drops.map((d) => d.entry)).toEqual([PAGE]);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});

describe('verifyAhead, then recordCache', () => {
  let root: string;
  const NEW = 'dist/en/articles/b/index.html';
  const sha256 = (path: string) =>
    createHash('sha256')
      .update(readFileSync(join(root, path)))
      .digest('hex');
  const recorded = () => parseRecord(readFileSync(join(root, CACHE_RECORD_FILE), 'utf8'))!;
  const write = (path: string, text: string) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  };

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'zhiku-cache-ahead-'));
    write(PAGE, '<p>The page as built.</p>');
    recordCache(root, checkCache(root).verified);
  });

  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('hashes the files written since the check, not those the check verified, and the record has their hashes', async () => {
    const verified = checkCache(root).verified;
    write(NEW, '<p>A page this build wrote.</p>');
    expect(await verifyAhead(root, verified).done).toBe(1);
    expect(verified.get(NEW)?.sha256).toBe(sha256(NEW));
    recordCache(root, verified);
    expect(recorded()[NEW]?.sha256).toBe(sha256(NEW));
    expect(checkCache(root).drops).toEqual([]);
  });

  it('records the bytes a file holds at the end when it was rewritten after being hashed ahead', async () => {
    const verified = checkCache(root).verified;
    write(NEW, '<p>A page this build wrote.</p>');
    await verifyAhead(root, verified).done;
    const ahead = verified.get(NEW)!.sha256;
    await new Promise((resolve) => setTimeout(resolve, 25));
    write(NEW, '<p>A page this build WROTE.</p>');
    recordCache(root, verified);
    expect(recorded()[NEW]?.sha256).toBe(sha256(NEW));
    expect(recorded()[NEW]?.sha256).not.toBe(ahead);
    expect(checkCache(root).drops).toEqual([]);
  });

  it('leaves the pages staged for a search bundle to the record, which reads what is left of them', async () => {
    const verified = checkCache(root).verified;
    const STAGED = 'pagefind/.stage-zh/zh/articles/a/index.html';
    write(NEW, '<p>A page this build wrote.</p>');
    write(STAGED, '<p>A page staged.</p>');
    expect(await verifyAhead(root, verified).done).toBe(1);
    expect(verified.has(STAGED)).toBe(false);
    recordCache(root, verified);
    expect(recorded()[STAGED]?.sha256).toBe(sha256(STAGED));
  });

  it('hashes nothing once stopped, and the record then reads the files itself', async () => {
    const verified = checkCache(root).verified;
    write(NEW, '<p>A page this build wrote.</p>');
    const ahead = verifyAhead(root, verified);
    ahead.stop();
    expect(await ahead.done).toBe(0);
    expect(verified.has(NEW)).toBe(false);
    recordCache(root, verified);
    expect(recorded()[NEW]?.sha256).toBe(sha256(NEW));
  });
});
