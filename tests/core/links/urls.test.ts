import { matchesGlob } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../src/core/language/locales';
import {
  absoluteUrl,
  archiveUrl,
  articleUrl,
  glossaryDataUrl,
  glossaryUrl,
  homeUrl,
  indexedPageFile,
  indexedPagesGlob,
  pagefindRootUrl,
  pagefindUrl,
  rssUrl,
  searchUrl,
  topicsUrl,
  topicUrl,
  mediaUrl,
  isBasePath,
  sitePathOf,
  withBase,
} from '../../../src/core/links/urls';

describe('URL builder', () => {
  it.each([
    [homeUrl('en'), '/en/'],
    [homeUrl('zh'), '/zh/'],
    [articleUrl('en', 'fed-flags-stablecoin'), '/en/articles/fed-flags-stablecoin/'],
    [articleUrl('zh', 'a', '区块链'), '/zh/articles/a/#%E5%8C%BA%E5%9D%97%E9%93%BE'],
    [topicsUrl('zh'), '/zh/topics/'],
    [topicUrl('en', 'cbdc'), '/en/topics/cbdc/'],
    [topicUrl('en', 'cbdc', 1), '/en/topics/cbdc/'],
    [topicUrl('en', 'cbdc', 3), '/en/topics/cbdc/3/'],
    [archiveUrl('zh'), '/zh/archive/'],
    [archiveUrl('zh', 2), '/zh/archive/2/'],
    [searchUrl('en'), '/en/search/'],
    [searchUrl('zh', '稳定币 & x'), '/zh/search/?q=%E7%A8%B3%E5%AE%9A%E5%B8%81%20%26%20x'],
    [rssUrl('en'), '/en/rss.xml'],
    [glossaryUrl('en'), '/en/glossary/'],
    [glossaryUrl('zh', 'travel-rule'), '/zh/glossary/#travel-rule'],
    [glossaryDataUrl(), '/glossary.json'],
    [pagefindRootUrl(), '/pagefind/'],
    [mediaUrl('media/report.pdf'), '/media/report.pdf'],
    [mediaUrl('media/reports/fatf 2019 #2.pdf'), '/media/reports/fatf%202019%20%232.pdf'],
    [mediaUrl('media/报告.pdf'), '/media/%E6%8A%A5%E5%91%8A.pdf'],
    [pagefindUrl('en'), '/pagefind/en/'],
    [pagefindUrl('zh'), '/pagefind/zh/'],
    [absoluteUrl('/zh/', 'https://kb.example.org'), 'https://kb.example.org/zh/'],
    [absoluteUrl('/zh/', 'https://kb.example.org/base/'), 'https://kb.example.org/zh/'],
  ])('%s => %s', (actual, expected) => {
    expect(actual).toBe(expected);
  });
});

describe('indexedPagesGlob', () => {
  // The built file of a page, relative to the output folder, as Pagefind sees it.
  const builtFile = (url: string) => `${url.slice(1)}index.html`;

  it.each(LOCALES)('matches the article pages of %s', (locale) => {
    expect(matchesGlob(builtFile(articleUrl(locale, 'fed-flags-stablecoin')), indexedPagesGlob())).toBe(true);
  });

  it.each(LOCALES)('matches the glossary page of %s', (locale) => {
    expect(matchesGlob(builtFile(glossaryUrl(locale)), indexedPagesGlob())).toBe(true);
  });

  it.each(LOCALES)('matches only the article and glossary pages of %s when given the language', (locale) => {
    for (const other of LOCALES) {
      expect(matchesGlob(builtFile(articleUrl(other, 'fed-flags-stablecoin')), indexedPagesGlob(locale))).toBe(other === locale);
      expect(matchesGlob(builtFile(glossaryUrl(other)), indexedPagesGlob(locale))).toBe(other === locale);
    }
    expect(matchesGlob(builtFile(topicUrl(locale, 'cbdc')), indexedPagesGlob(locale))).toBe(false);
  });

  it.each([homeUrl('en'), topicsUrl('zh'), topicUrl('en', 'cbdc'), archiveUrl('zh', 2), searchUrl('en')])('leaves %s out', (url) => {
    expect(matchesGlob(builtFile(url), indexedPagesGlob())).toBe(false);
  });
});

describe('base path', () => {
  it.each([
    ['/', true],
    ['/kb/', true],
    ['/docs/kb-2/', true],
    ['/v1.2/~team_a/', true],
    ['/kb', false],
    ['kb/', false],
    ['', false],
    ['//', false],
    ['/k b/', false],
    ['/kb/../', false],
    ['/./', false],
    ['/kb/?x/', false],
    ['/知库/', false],
  ])('isBasePath(%j) => %s', (base, ok) => {
    expect(isBasePath(base)).toBe(ok);
  });

  it.each([
    ['/en/articles/a/', '/kb/', '/kb/en/articles/a/'],
    ['/', '/kb/', '/kb/'],
    ['/media/x%20y.pdf#page=2', '/a/b/', '/a/b/media/x%20y.pdf#page=2'],
    ['/en/', '/', '/en/'],
    ['#top', '/kb/', '#top'],
    ['?q=1', '/kb/', '?q=1'],
    ['https://a.org/x/', '/kb/', 'https://a.org/x/'],
    ['//a.org/x/', '/kb/', '//a.org/x/'],
    ['../media/x.png', '/kb/', '../media/x.png'],
  ])('withBase(%j, %j) => %j, and back', (path, base, url) => {
    expect(withBase(path, base)).toBe(url);
    if (path.startsWith('/') && !path.startsWith('//')) expect(sitePathOf(url, base)).toBe(path);
  });

  it.each([
    ['/kb', '/kb/', '/'],
    ['/en/', '/kb/', undefined],
    ['/kbx/en/', '/kb/', undefined],
    ['/en/', '/', '/'.concat('en/')],
  ])('sitePathOf(%j, %j) => %j', (url, base, path) => {
    expect(sitePathOf(url, base)).toBe(path);
  });
});

describe('indexedPageFile', () => {
  it.each(LOCALES)('names the article and glossary pages of %s, each matched by its glob', (locale) => {
    for (const url of [articleUrl(locale, 'fed-flags-stablecoin'), glossaryUrl(locale)]) {
      const page = indexedPageFile(url);
      expect(page?.locale).toBe(locale);
      expect(page?.file).toBe(`${url.slice(1)}index.html`);
      expect(matchesGlob(page!.file, indexedPagesGlob(locale))).toBe(true);
      // Astro names a page's path without the closing slash too.
      expect(indexedPageFile(url.slice(0, -1))).toEqual(page);
    }
  });

  it.each([
    homeUrl('en'),
    topicsUrl('zh'),
    topicUrl('en', 'cbdc'),
    archiveUrl('zh', 2),
    searchUrl('en'),
    '/fr/articles/a/',
    '/404.html',
    '/',
  ])('leaves %s out', (url) => {
    expect(indexedPageFile(url)).toBeUndefined();
  });
});
