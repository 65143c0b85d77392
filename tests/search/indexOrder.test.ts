import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/core/language/locales';
import { INDEX_ORDER, indexedPageCounts, indexFirst } from '../../src/search/indexOrder';

/** Paths in the order Astro gives a build's pages: lists, then each language's articles, then the glossaries and the rest. */
const ASTRO_ORDER = [
  '/404.html',
  '/en/archive/',
  '/en/articles/a/',
  '/en/articles/b/',
  '/zh/articles/a/',
  '/zh/articles/b/',
  '/en/glossary/',
  '/zh/glossary/',
  '/en/topics/cbdc/',
  '/zh/',
];

describe('indexFirst', () => {
  it("puts each language's indexed pages together, Chinese first, and every other page after them, each group in its order", () => {
    expect(indexFirst(ASTRO_ORDER, (path) => path)).toEqual([
      '/zh/articles/a/',
      '/zh/articles/b/',
      '/zh/glossary/',
      '/en/articles/a/',
      '/en/articles/b/',
      '/en/glossary/',
      '/404.html',
      '/en/archive/',
      '/en/topics/cbdc/',
      '/zh/',
    ]);
  });

  it('keeps every item once, and reads paths through the given function', () => {
    const items = ASTRO_ORDER.map((pathname, n) => ({ pathname, n }));
    const ordered = indexFirst(items, (item) => item.pathname);
    expect(ordered.map((item) => item.n).sort((a, b) => a - b)).toEqual(items.map((item) => item.n));
  });

  it('orders every language', () => {
    expect([...INDEX_ORDER].sort()).toEqual([...LOCALES].sort());
  });
});

describe('indexedPageCounts', () => {
  it('counts the article and glossary pages of each language', () => {
    expect(indexedPageCounts(ASTRO_ORDER)).toEqual(
      new Map([
        ['en', 3],
        ['zh', 3],
      ]),
    );
    expect(indexedPageCounts(['/en/', '/404.html'])).toEqual(new Map());
  });
});
