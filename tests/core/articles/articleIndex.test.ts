import { describe, expect, it } from 'vitest';
import { buildArticleIndex, slugsNewestFirst, type ArticleEntryLike } from '../../../src/core/articles/articleIndex';
import { lastResults } from '../../../src/core/build/reuse';

const entry = (id: string, date: string, extra: Partial<ArticleEntryLike['data']> = {}): ArticleEntryLike => ({
  id,
  data: { title: id, date: new Date(date), ...extra },
});

describe('article index', () => {
  const index = buildArticleIndex([
    entry('en/old', '2019-01-01'),
    entry('zh/old', '2019-01-01', { translation: { from: 'en' } }),
    entry('zh/only-zh', '2019-06-01'),
    entry('en/new', '2019-12-01'),
    entry('en/hidden', '2020-01-01', { draft: true }),
  ]);

  it('lists published slugs newest first', () => {
    expect(index.slugs).toEqual(['new', 'only-zh', 'old']);
  });

  it('gives the reader their own language when it exists', () => {
    const view = index.view('zh', 'old')!;
    expect(view.isFallback).toBe(false);
    expect(view.article.locale).toBe('zh');
    expect(view.available).toEqual(['en', 'zh']);
  });

  it('falls back to the original when there is no translation', () => {
    const view = index.view('en', 'only-zh')!;
    expect(view.isFallback).toBe(true);
    expect(view.article.locale).toBe('zh');
    expect(view.available).toEqual(['zh']);
  });

  it('leaves drafts out', () => {
    expect(index.view('en', 'hidden')).toBeUndefined();
  });

  it('lists every slug once per locale', () => {
    expect(index.listing('en').map((v) => [v.slug, v.isFallback])).toEqual([
      ['new', false],
      ['only-zh', true],
      ['old', false],
    ]);
  });

  it('dates a slug by its original: the version the translations name when both say they are translations', () => {
    const mutual = buildArticleIndex([
      entry('en/mutual', '2019-01-01', { translation: { from: 'zh' } }),
      entry('zh/mutual', '2019-12-01', { translation: { from: 'en' } }),
      entry('en/between', '2019-06-01'),
    ]);
    expect(mutual.slugs).toEqual(['mutual', 'between']);
  });

  it('rejects files in the wrong place with every problem listed', () => {
    expect(() => buildArticleIndex([entry('fr/x', '2019-01-01'), entry('en/Bad_Name', '2019-01-01')])).toThrow(
      /fr\/x.*unknown language folder[\s\S]*Bad_Name.*lowercase ASCII/,
    );
  });

  describe('built again with the order of an earlier index at hand (astro dev, after each edit)', () => {
    const entries = [entry('en/a', '2019-01-01'), entry('en/b', '2019-06-01'), entry('zh/c', '2019-03-01')];

    it('takes the earlier order when no slug came or went and no date changed', () => {
      const reuse = lastResults();
      const first = buildArticleIndex(entries, reuse);
      const retitled = buildArticleIndex([{ ...entries[0]!, data: { ...entries[0]!.data, title: 'New' } }, ...entries.slice(1)], reuse);
      expect(retitled.slugs).toBe(first.slugs);
      expect(retitled.view('en', 'a')!.article.entry.data.title).toBe('New');
    });

    it.each([
      ['a date changed', [entry('en/a', '2019-12-01'), ...entries.slice(1)], ['a', 'b', 'c']],
      ['an article came', [...entries, entry('en/d', '2019-04-01')], ['b', 'd', 'c', 'a']],
      ['an article went', entries.slice(1), ['b', 'c']],
      ['an article became a draft', [entry('en/a', '2019-01-01'), entry('en/b', '2019-06-01', { draft: true }), entries[2]!], ['c', 'a']],
      [
        'a translation became the original',
        [...entries, entry('en/c', '2020-01-01'), entry('zh/c', '2019-03-01', { translation: { from: 'en' } })],
        ['c', 'b', 'a'],
      ],
    ])('orders afresh when %s', (_what, changed, expected) => {
      const reuse = lastResults();
      expect(buildArticleIndex(entries, reuse).slugs).toEqual(['b', 'c', 'a']);
      expect(buildArticleIndex(changed, reuse).slugs).toEqual(expected);
    });
  });
});

describe('slugsNewestFirst (the order the index makes from its reuse input)', () => {
  it.each([
    [
      ['a', 1, 'c', 2, 'b', 2],
      ['b', 'c', 'a'],
    ],
    [[], []],
    // Slugs on the same day follow localeCompare, where code-unit order would put 'B' first.
    [
      ['b', 5, 'B', 5, 'a', 5],
      ['a', 'b', 'B'],
    ],
  ])('%j => %j', (input, slugs) => {
    expect(slugsNewestFirst(input)).toEqual(slugs);
  });
});
