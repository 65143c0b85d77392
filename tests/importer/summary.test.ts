import { describe, expect, it } from 'vitest';
import type { ImportedArticle } from '../../src/importer/importArticle';
import { editorNoteLines, type ArticleOutcome } from '../../src/importer/summary';

const outcome = (
  path: string,
  lostEmbeds: ImportedArticle['lostEmbeds'],
  slugNow?: string,
  lostGraphics: ImportedArticle['lostGraphics'] = [],
): ArticleOutcome => ({
  article: { lostEmbeds, lostGraphics } as ImportedArticle,
  path,
  action: 'skip-edited',
  ...(slugNow ? { slugNow } : {}),
});

describe('notes for an editor after an import', () => {
  it('names the file, the dump line and the sentence of each lost embed, and each slug the rules now give otherwise', () => {
    const lines = editorNoteLines([
      outcome('content/articles/en/a.md', [{ line: 49, sentence: 'The notice is in the tweet below.' }]),
      outcome('content/articles/zh/b.md', [], 'new-slug'),
      outcome('content/articles/en/c.md', []),
    ]);
    expect(lines[0]).toBe('Check by hand:');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(
      /^ {2}content\/articles\/en\/a\.md: dump line 49 refers to an embedded .*"The notice is in the tweet below\."$/,
    );
    expect(lines[2]).toMatch(/^ {2}content\/articles\/zh\/b\.md: the slug rules now give "new-slug"\. .*aliases/);
  });

  it('names the file, the dump line and the credit of each lost chart or graphic', () => {
    const lines = editorNoteLines([outcome('content/articles/zh/d.md', [], undefined, [{ line: 7, credit: '(制图:链闻观察)' }])]);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^ {2}content\/articles\/zh\/d\.md: dump line 7 credits a chart or graphic .*"\(制图:链闻观察\)"$/);
  });

  it('says nothing when there is nothing to check', () => {
    expect(editorNoteLines([outcome('content/articles/en/c.md', [])])).toEqual([]);
  });
});
