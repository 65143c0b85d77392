import { describe, expect, it } from 'vitest';
import {
  cacheDrops,
  cacheEntryOf,
  CACHE_RECORD_FILE,
  fileStamp,
  isUnrecorded,
  parseRecord,
  recordText,
  unchangedSinceRecorded,
  type CacheRecord,
  type FoundFile,
} from '../../../src/core/build/cacheRecord';

const PAGE = 'dist/en/articles/a/index.html';
const BUNDLE = 'pagefind/en/3f9a';
const IMAGE_AGAIN = 'the optimised image assets/chart.x.webp is made again, which Astro does only for pages it renders';
const record: CacheRecord = {
  [PAGE]: { size: 100, sha256: 'aa' },
  'assets/chart.x.webp': { size: 50, sha256: 'bb' },
  [`${BUNDLE}/pagefind-entry.json`]: { size: 10, sha256: 'cc' },
  [`${BUNDLE}/fragment/en_1.pf_fragment`]: { size: 20, sha256: 'dd' },
  'incremental-build.json': { size: 30, sha256: 'ee' },
};

/** What checkCache finds when every recorded file is as recorded, with `changes` applied (undefined: the file is gone). */
function foundWith(changes: Record<string, FoundFile | undefined> = {}): Map<string, FoundFile> {
  const found = new Map<string, FoundFile>(Object.entries(record).map(([path, file]) => [path, { ...file }]));
  for (const [path, file] of Object.entries(changes)) {
    if (file) found.set(path, file);
    else found.delete(path);
  }
  return found;
}

describe('cacheEntryOf', () => {
  it.each([
    [`${BUNDLE}/fragment/en_1.pf_fragment`, BUNDLE],
    [`${BUNDLE}/pagefind-entry.json`, BUNDLE],
    ['pagefind/.partial-en/pagefind.js', 'pagefind/.partial-en'],
    ['pagefind/.stage-zh-2/zh/articles/a/index.html', 'pagefind/.stage-zh-2'],
    ['pagefind/en/loose-file', 'pagefind/en/loose-file'],
    [PAGE, PAGE],
    ['assets/chart.x.webp', 'assets/chart.x.webp'],
    ['data-store.json', 'data-store.json'],
  ])('%s goes with %s', (path, entry) => {
    expect(cacheEntryOf(path)).toBe(entry);
  });
});

describe('isUnrecorded', () => {
  it('leaves out the record itself and the validator cache, which checks itself', () => {
    expect(isUnrecorded(CACHE_RECORD_FILE)).toBe(true);
    expect(isUnrecorded('zhiku-validation.json')).toBe(true);
    expect(isUnrecorded('zhiku-validation.json.123.tmp')).toBe(false);
    expect(isUnrecorded('data-store.json')).toBe(false);
  });
});

describe('recordText and parseRecord', () => {
  it('read back what they wrote', () => {
    expect(parseRecord(recordText(record))).toEqual(record);
  });

  it('read back the stamps they wrote, beside files recorded without one', () => {
    const stamped: CacheRecord = { ...record, [PAGE]: { size: 100, sha256: 'aa', stamp: '42:1700000000000.5:1700000000001.25' } };
    expect(parseRecord(recordText(stamped))).toEqual(stamped);
  });

  it.each([
    ['no file', undefined],
    ['a record cut short', recordText(record).slice(0, 40)],
    ['another format', '{"format":0,"files":{}}'],
    ['no files', '{"format":1}'],
    ['a file without its digest', '{"format":1,"files":{"a":[3]}}'],
    ['a stamp that is not text', '{"format":1,"files":{"a":[3,"ab",7]}}'],
  ])('give no record for %s', (_, text) => {
    expect(parseRecord(text)).toBeUndefined();
  });
});

describe('cacheDrops', () => {
  it.each<[string, Record<string, FoundFile | undefined>, { entry: string; reason: string }[], string[]]>([
    ['nothing when every file is as recorded', {}, [], []],
    ['a page cut in half', { [PAGE]: { size: 50 } }, [{ entry: PAGE, reason: 'damaged: 50 bytes, recorded 100' }], []],
    [
      'an image of the right size with other bytes, and the page manifest, so that its pages render again',
      { 'assets/chart.x.webp': { size: 50, sha256: 'xx' } },
      [
        { entry: 'assets/chart.x.webp', reason: 'damaged: its SHA-256 is not the recorded one' },
        { entry: 'incremental-build.json', reason: IMAGE_AGAIN },
      ],
      [],
    ],
    [
      'the page manifest when an image is gone',
      { 'assets/chart.x.webp': undefined },
      [{ entry: 'incremental-build.json', reason: IMAGE_AGAIN }],
      ['assets/chart.x.webp'],
    ],
    [
      'a whole search bundle for one damaged file in it',
      { [`${BUNDLE}/pagefind-entry.json`]: { size: 5 } },
      [{ entry: BUNDLE, reason: 'pagefind-entry.json: damaged: 5 bytes, recorded 10' }],
      [],
    ],
    [
      'a whole search bundle for one file missing from it',
      { [`${BUNDLE}/fragment/en_1.pf_fragment`]: undefined },
      [{ entry: BUNDLE, reason: 'fragment/en_1.pf_fragment: missing' }],
      [],
    ],
    [
      'a whole search bundle for a file too many in it',
      { [`${BUNDLE}/fragment/en_2.pf_fragment`]: { size: 3 } },
      [{ entry: BUNDLE, reason: 'fragment/en_2.pf_fragment: not in the record of the last finished build' }],
      [],
    ],
    [
      'a file the last finished build did not write (a build stopped half-way)',
      { 'dist/en/articles/b/index.html': { size: 7 }, 'pagefind/.partial-en/pagefind.js': { size: 9 } },
      [
        { entry: 'dist/en/articles/b/index.html', reason: 'not in the record of the last finished build' },
        { entry: 'pagefind/.partial-en', reason: 'pagefind.js: not in the record of the last finished build' },
      ],
      [],
    ],
    ['nothing, but a missing page is named, for a page gone whole', { [PAGE]: undefined }, [], [PAGE]],
    [
      'a bundle gone whole is named, with nothing to remove',
      { [`${BUNDLE}/pagefind-entry.json`]: undefined, [`${BUNDLE}/fragment/en_1.pf_fragment`]: undefined },
      [],
      [BUNDLE],
    ],
    ['not the validator cache nor the record itself', { 'zhiku-validation.json': { size: 1 }, [CACHE_RECORD_FILE]: { size: 1 } }, [], []],
  ])('drops %s', (_, changes, drops, missing) => {
    expect(cacheDrops(record, foundWith(changes))).toEqual({ drops, missing });
  });

  it('drops every top folder and file without a record, but the unrecorded ones', () => {
    const found = foundWith({ 'zhiku-validation.json': { size: 1 } });
    expect(cacheDrops(undefined, found)).toEqual({
      drops: ['assets', 'dist', 'incremental-build.json', 'pagefind'].map((entry) => ({
        entry,
        reason: 'no record of the last finished build',
      })),
      missing: [],
    });
  });
});

describe('fileStamp and unchangedSinceRecorded', () => {
  const stat = { ino: 42, mtimeMs: 1700000000000.5, ctimeMs: 1700000000001.25 };
  const stamp = fileStamp(stat);
  const recorded = { size: 100, sha256: 'aa', stamp };

  it('stamps a file with its inode, modification time and change time', () => {
    expect(stamp).toBe('42:1700000000000.5:1700000000001.25');
  });

  it.each<[string, number, string, boolean]>([
    ['unchanged: same size, same stamp', 100, stamp, true],
    ['written: its modification time moved', 100, fileStamp({ ...stat, mtimeMs: stat.mtimeMs + 1 }), false],
    ['written and its time set back: its change time moved', 100, fileStamp({ ...stat, ctimeMs: stat.ctimeMs + 1 }), false],
    ['replaced by another file (a restore, a copy): another inode', 100, fileStamp({ ...stat, ino: 43 }), false],
    ['cut short: another size', 50, stamp, false],
  ])('%s => %s', (_, size, found, unchanged) => {
    expect(unchangedSinceRecorded(recorded, size, found)).toBe(unchanged);
  });

  it('never takes a file recorded without a stamp, or not recorded, as unchanged', () => {
    expect(unchangedSinceRecorded({ size: 100, sha256: 'aa' }, 100, stamp)).toBe(false);
    expect(unchangedSinceRecorded(undefined, 100, stamp)).toBe(false);
  });
});
