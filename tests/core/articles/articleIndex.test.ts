import { describe, expect, it } from 'vitest';
import { buildArticleIndex, type ArticleEntryLike } from '../../../src/core/articles/articleIndex';

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
});
