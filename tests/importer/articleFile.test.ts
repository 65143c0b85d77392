import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { articleSchema } from '../../src/core/articles/articleSchema';
import { articleFileText, readImportRecord, withoutImportRecord } from '../../src/importer/articleFile';
import type { ImportedFrontmatter } from '../../src/importer/importArticle';
import { locateArticle, locateByTitle, planWrite } from '../../src/importer/planWrite';

const tricky: ImportedFrontmatter = {
  title: 'Bank: "Yes" — #1 <script>alert(1)</script> & more: [x]',
  date: '2020-03-10',
  dateFrom: 'text',
  authors: ['O’Brien, Pat'],
  source: { name: '- dash | pipe', url: 'https://example.com/a?b=1&c=2#d', title: '原标题:“引号”' },
  topics: [],
  kind: 'article',
};

function frontmatterOf(text: string): unknown {
  return parse(text.match(/^---\n([\s\S]*?)\n---\n/)![1]!);
}

describe('article files', () => {
  it('writes YAML that reads back to the same values and fits the article schema', () => {
    const text = articleFileText(tricky, 'Body.\n', 'corpus/dump.txt');
    const data = frontmatterOf(text) as Record<string, unknown>;
    expect(data).toMatchObject({ ...tricky, imported: { dump: 'corpus/dump.txt' } });
    expect(articleSchema.safeParse(data).success).toBe(true);
    expect(text.endsWith('---\n\nBody.\n')).toBe(true);
  });

  it('writes a brief without a body', () => {
    const text = articleFileText({ ...tricky, kind: 'brief' }, '', 'd.txt');
    expect(text.endsWith('\n---\n')).toBe(true);
  });

  it('hashes everything but the import record, so any edit shows', () => {
    const text = articleFileText(tricky, 'Body.\n', 'd.txt');
    expect(readImportRecord(text)).toEqual({ state: 'as-imported', dump: 'd.txt', aliases: [], title: tricky.title });
    expect(readImportRecord(text.replace('Body.', 'Body, edited.')).state).toBe('edited');
    expect(readImportRecord(text.replace('topics: []', 'topics:\n  - regulation')).state).toBe('edited');
    expect(readImportRecord('---\ntitle: Hand-written\n---\n\nText.\n').state).toBe('not-imported');
    expect(readImportRecord('no frontmatter at all').state).toBe('not-imported');
    expect(withoutImportRecord('---\ntitle: A\nimported:\n  dump: d\n  hash: h\n---\nBody\n')).toBe('---\ntitle: A\n---\nBody\n');
  });

  it.each([
    ['new file', undefined, false, 'create'],
    ['same bytes', 'SAME', false, 'unchanged'],
    ['as imported from this dump', 'OLD', false, 'update'],
    ['edited since import', 'EDITED', false, 'skip-edited'],
    ['edited since import, forced', 'EDITED', true, 'overwrite'],
    ['hand-written', 'HAND', false, 'skip-not-imported'],
    ['hand-written, forced', 'HAND', true, 'overwrite'],
    ['imported from another dump', 'OTHER', false, 'skip-other-dump'],
    ['imported from this dump, recorded under another folder', 'MOVED', false, 'update'],
  ])('planWrite: %s => %s', (_label, existingKey, force, expected) => {
    const next = articleFileText(tricky, 'New body.\n', 'd.txt');
    const existing = {
      SAME: next,
      OLD: articleFileText(tricky, 'Old body.\n', 'd.txt'),
      EDITED: articleFileText(tricky, 'Old body.\n', 'd.txt').replace('Old body.', 'Hand-fixed body.'),
      HAND: '---\ntitle: Hand-written\ndate: 2020-01-01\n---\n\nText.\n',
      OTHER: articleFileText(tricky, 'Old body.\n', 'other.txt'),
      MOVED: articleFileText(tricky, 'Old body.\n', 'corpus/d.txt'),
    }[existingKey as string];
    expect(planWrite(next, existing, { dump: 'd.txt', force: force as boolean })).toBe(expected);
  });

  it('finds an article an editor renamed, through its aliases', () => {
    const files = new Map([
      ['kept.md', '---\ntitle: A\n---\n'],
      ['renamed.md', '---\ntitle: B\naliases: [old-slug]\n---\n'],
    ]);
    expect(locateArticle('kept', files)).toBe('kept.md');
    expect(locateArticle('old-slug', files)).toBe('renamed.md');
    expect(locateArticle('missing', files)).toBeUndefined();
  });

  it('finds a file imported under a slug the rules no longer give, by its dump and title', () => {
    const imported = (title: string, dump = 'corpus/d.txt') => articleFileText({ ...tricky, title }, 'Body.\n', dump);
    const files = new Map([
      ['old-rule-slug.md', imported('Bank Shuts Exec’s Account and may have also Closed Another')],
      ['other-dump.md', imported('Fed Flags Risk', 'other.txt')],
      ['twice-a.md', imported('Same Headline')],
      ['twice-b.md', imported('Same Headline')],
      ['hand.md', '---\ntitle: Hand Written\ndate: 2020-01-01\n---\n'],
    ]);
    // an editor's recasing or quote marks do not hide it; a file from another dump or by hand is not it
    expect(locateByTitle('Bank Shuts Exec’s Account and May Have Also Closed Another', 'd.txt', files)).toBe('old-rule-slug.md');
    expect(locateByTitle('Fed Flags Risk', 'd.txt', files)).toBeUndefined();
    expect(locateByTitle('Hand Written', 'd.txt', files)).toBeUndefined();
    // two candidates: no guess
    expect(locateByTitle('Same Headline', 'd.txt', files)).toBeUndefined();
  });
});
