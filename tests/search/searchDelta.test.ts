import { describe, expect, it } from 'vitest';
import {
  fragmentUrl,
  deltaBundleUrl,
  deltaPagesSetting,
  hiddenPages,
  indexedPageUrl,
  pageChanges,
  parseHiddenPages,
  visibleResults,
} from '../../src/search/searchDelta';
import { parseSearchBundles } from '../../src/search/searchBundles';

describe('deltaBundleUrl and deltaPagesSetting', () => {
  it('gives each language one delta folder, which the manifest reader accepts', () => {
    expect(deltaBundleUrl('zh')).toBe('/pagefind/zh-delta/');
    expect(parseSearchBundles({ zh: ['/pagefind/zh/', '/pagefind/zh-delta/'], en: ['/pagefind/en-deltas/'] })).toEqual({
      zh: ['/pagefind/zh/', '/pagefind/zh-delta/'],
    });
  });

  it.each([
    [undefined, 200],
    ['', 200],
    ['0', 0],
    ['15', 15],
  ])('reads %j as %d', (value, pages) => {
    expect(deltaPagesSetting(value)).toBe(pages);
  });

  it.each(['-1', '1.5', 'many'])('refuses %j, naming the setting', (value) => {
    expect(() => deltaPagesSetting(value)).toThrow(`ZHIKU_SEARCH_DELTA_PAGES must be a whole number of pages (0 or more), not "${value}".`);
  });
});

describe('indexedPageUrl', () => {
  it.each([
    ['en/articles/a/index.html', '/en/articles/a/'],
    ['zh/glossary/index.html', '/zh/glossary/'],
    ['index.html', '/'],
  ])('%s => %s', (path, url) => {
    expect(indexedPageUrl(path)).toBe(url);
  });
});

describe('pageChanges', () => {
  it('lists added and changed pages to index, and removed ones to hide', () => {
    const base = new Map([
      ['a', '1'],
      ['b', '2'],
      ['gone', '3'],
    ]);
    const now = new Map([
      ['a', '1'],
      ['b', '9'],
      ['new', '4'],
    ]);
    expect(pageChanges(base, now)).toEqual({ changed: ['b', 'new'], removed: ['gone'] });
    expect(pageChanges(base, base)).toEqual({ changed: [], removed: [] });
  });
});

describe('hiddenPages', () => {
  const page = (id: string, url: string, fragment = id) => ({ id, url, fragment });
  const base = [page('en_1', '/a/'), page('en_2', '/b/'), page('en_3', '/c/')];

  it("hides the base's copies of changed and removed pages, and nothing else", () => {
    expect(hiddenPages(base, [page('en_9', '/a/')], ['/a/', '/c/'])).toEqual(['en_1', 'en_3']);
    expect(hiddenPages(base, [page('en_9', '/new/')], [])).toEqual([]);
  });

  it('hides nothing of a page whose delta copy is the same fragment (its HTML changed outside the indexed text)', () => {
    expect(hiddenPages(base, [page('en_1', '/a/')], ['/a/'])).toEqual([]);
  });

  it.each([
    ['a stale id that another kept page has', [...base, page('en_1', '/d/')], [page('en_9', '/a/')], ['/a/']],
    ['a delta id that a kept page has', base, [page('en_2', '/a/')], ['/a/']],
    ['the same id with another fragment', base, [page('en_1', '/a/', 'other')], ['/a/']],
    ['a stale page without a fragment of its own (the same text as another page)', base, [], ['/a/', '/a-copy/']],
  ])('gives up (a full index settles it) on %s', (_, bases, delta, stale) => {
    expect(hiddenPages(bases, delta, stale)).toBeUndefined();
  });
});

describe('parseHiddenPages and visibleResults', () => {
  it('keeps Pagefind ids of known languages only', () => {
    expect(parseHiddenPages({ en: ['/pagefind/en/'], hidden: ['en_3f9a0c1', 'zh-cn_0a1b2c3', 'xx_1234567', '<img>', 7] })).toEqual([
      'en_3f9a0c1',
      'zh-cn_0a1b2c3',
    ]);
    expect(parseHiddenPages({ en: ['/pagefind/en/'] })).toEqual([]);
    expect(parseHiddenPages(null)).toEqual([]);
  });

  it('drops hidden results and repeats, keeping the order', () => {
    const results = [{ id: 'en_2' }, { id: 'en_1' }, { id: 'en_3' }, { id: 'en_2' }];
    expect(visibleResults(results, new Set(['en_1']))).toEqual([{ id: 'en_2' }, { id: 'en_3' }]);
    expect(visibleResults(results, new Set())).toEqual([{ id: 'en_2' }, { id: 'en_1' }, { id: 'en_3' }]);
  });
});

describe('fragmentUrl', () => {
  it('reads the URL at the start of the JSON, escapes and all, as parsing the whole would', () => {
    for (const url of ['/en/articles/a/', '/zh/articles/稳定/', '/en/a "quoted" \\ path/']) {
      expect(fragmentUrl(JSON.stringify({ url, content: '稳定币。', meta: { title: 'A' } }))).toBe(url);
    }
  });

  it('parses the whole JSON when it does not begin with the URL', () => {
    expect(fragmentUrl('{"content":"A.","url":"/en/b/"}')).toBe('/en/b/');
    expect(fragmentUrl('{ "url": "/en/c/" }')).toBe('/en/c/');
  });
});
