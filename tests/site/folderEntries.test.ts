import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { entriesUnder, filesUnder } from '../../src/site/folderEntries';

const named = (entries: { parentPath: string; name: string }[], root: string) =>
  entries.map((e) => join(e.parentPath, e.name).slice(root.length + 1)).sort();

describe('entriesUnder', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'zhiku-entries-'));
    mkdirSync(join(root, 'a/b/c'), { recursive: true });
    mkdirSync(join(root, 'empty'));
    writeFileSync(join(root, 'top.txt'), '');
    writeFileSync(join(root, 'a/b/c/deep.html'), '');
    symlinkSync(join(root, 'a'), join(root, 'link'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it("lists what Node's recursive listing does, each entry with its folder, but does not follow a link to a folder", () => {
    const ours = entriesUnder(root);
    const nodes = named(readdirSync(root, { recursive: true, withFileTypes: true }), root);
    expect(named(ours, root)).toEqual(nodes.filter((path) => !path.startsWith('link/')));
    expect(named(ours, root)).toEqual(['a', 'a/b', 'a/b/c', 'a/b/c/deep.html', 'empty', 'link', 'top.txt']);
    expect(ours.find((e) => e.name === 'link')?.isSymbolicLink()).toBe(true);
  });

  it('throws for a folder that is not there', () => {
    expect(() => entriesUnder(join(root, 'none'))).toThrow(/ENOENT/);
  });

  it("filesUnder lists the files only, by '/'-separated path, following a link to a folder as Node does", () => {
    const files = filesUnder(root);
    expect(files.map((f) => f.path).sort()).toEqual(['a/b/c/deep.html', 'link/b/c/deep.html', 'top.txt']);
    expect(files.find((f) => f.path === 'link/b/c/deep.html')?.full).toBe(join(root, 'link/b/c/deep.html'));
    expect(filesUnder(join(root, 'none'))).toEqual([]);
  });
});
