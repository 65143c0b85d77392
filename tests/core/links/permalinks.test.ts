import { describe, expect, it } from 'vitest';
import { aliasRedirects, aliasTarget, redirectsFile } from '../../../src/core/links/aliasRedirects';
import { articleJsonLd, serializeJsonLd } from '../../../src/core/articles/articleJsonLd';
import { checkLinks, formatBrokenLinks } from '../../../src/core/links/linkCheck';
import { redirectPage } from '../../../src/core/links/redirectPage';
import { sitemapAlternates } from '../../../src/core/links/sitemapAlternates';
import {
  lockableUrls,
  parseLock,
  serializeLock,
  updateLock,
  urlLockPath,
  vanishedMessage,
  vanishedUrls,
} from '../../../src/core/links/urlLock';
import { isPaginatedPath, localizedPath, parseSitePath } from '../../../src/core/links/urls';
import type { Locale } from '../../../src/core/language/locales';

describe('parseSitePath', () => {
  it.each([
    ['/zh/articles/cbdc-basics/', { kind: 'article', locale: 'zh', slug: 'cbdc-basics' }],
    ['/en/articles/a/#part', { kind: 'article', locale: 'en', slug: 'a' }],
    ['/en/articles/a', { kind: 'article', locale: 'en', slug: 'a' }],
    ['/en/topics/cbdc/', { kind: 'topic', locale: 'en', topic: 'cbdc' }],
    ['/zh/topics/cbdc/2/', { kind: 'topic', locale: 'zh', topic: 'cbdc' }],
    ['/fr/articles/a/', { kind: 'other' }],
    ['/en/archive/', { kind: 'other' }],
    ['/en/articles/a/b/', { kind: 'other' }],
  ])('%s => %j', (path, expected) => expect(parseSitePath(path)).toEqual(expected));
});

describe('localizedPath and isPaginatedPath', () => {
  it.each([
    ['/en/topics/cbdc/', 'zh', '/zh/topics/cbdc/'],
    ['/zh/', 'en', '/en/'],
    ['/', 'zh', '/'],
    ['/robots.txt', 'zh', '/robots.txt'],
  ] as const)('localizedPath(%s, %s) => %s', (path, locale, expected) => expect(localizedPath(path, locale)).toBe(expected));
  it.each([
    ['/en/archive/2/', true],
    ['/zh/topics/cbdc/3/', true],
    ['/en/archive/', false],
    ['/en/articles/2019-report/', false],
    ['/en/topics/2019/', false],
  ])('isPaginatedPath(%s) => %s', (path, expected) => expect(isPaginatedPath(path)).toBe(expected));
});

describe('aliasRedirects', () => {
  const a = (locale: Locale, slug: string, aliases: string[], published = true) => ({ locale, slug, aliases, published });
  it('redirects an alias in every language, whichever version lists it', () => {
    expect(aliasRedirects([a('zh', 'new', ['old'])]).map((r) => [r.from, r.to])).toEqual([
      ['/en/articles/old/', '/en/articles/new/'],
      ['/zh/articles/old/', '/zh/articles/new/'],
    ]);
  });
  it.each([
    ['a draft', [a('en', 'new', ['old'], false)], []],
    ['an alias that is a live slug', [a('en', 'new', ['live']), a('en', 'live', [])], []],
    [
      'the same alias in both versions, once',
      [a('en', 'new', ['old']), a('zh', 'new', ['old'])],
      ['/en/articles/old/', '/zh/articles/old/'],
    ],
  ])('skips %s', (_name, articles, expected) => expect(aliasRedirects(articles).map((r) => r.from)).toEqual(expected));
  it('finds where an old URL points, with or without the trailing slash (the dev server)', () => {
    const redirects = aliasRedirects([a('en', 'new', ['old'])]);
    expect(aliasTarget('/zh/articles/old/', redirects)).toBe('/zh/articles/new/');
    expect(aliasTarget('/en/articles/old', redirects)).toBe('/en/articles/new/');
    expect(aliasTarget('/en/articles/new/', redirects)).toBeUndefined();
    expect(aliasTarget('/en/articles/older/', redirects)).toBeUndefined();
  });
  it('writes a _redirects file with and without the trailing slash', () => {
    expect(redirectsFile([{ from: '/en/articles/old/', to: '/en/articles/new/' }])).toBe(
      '/en/articles/old /en/articles/new/ 301\n/en/articles/old/ /en/articles/new/ 301\n',
    );
  });
});

describe('redirectPage', () => {
  const html = redirectPage({
    locale: 'zh',
    to: '/zh/articles/new/',
    canonical: 'https://x.org/zh/articles/new/',
    title: '本文已迁移',
    text: '新地址：',
    linkText: '<b>"Title"</b>',
  });
  it.each([
    ['an instant refresh', '<meta http-equiv="refresh" content="0;url=/zh/articles/new/">'],
    ['a canonical link', '<link rel="canonical" href="https://x.org/zh/articles/new/">'],
    ['noindex', '<meta name="robots" content="noindex">'],
    ['the reader language', '<html lang="zh-CN">'],
    ['a visible, escaped link', '<a href="/zh/articles/new/">&lt;b&gt;&quot;Title&quot;&lt;/b&gt;</a>'],
    [
      "the site's policy, as every page has it",
      '<meta http-equiv="Content-Security-Policy" content="default-src &#39;self&#39;; script-src',
    ],
  ])('has %s', (_name, fragment) => expect(html).toContain(fragment));
});

describe('sitemapAlternates', () => {
  const languages: Record<string, Locale[]> = { both: ['en', 'zh'], zhonly: ['zh'] };
  const of = (slug: string) => languages[slug];
  it.each([
    [
      '/en/articles/both/',
      {
        include: true,
        alternates: [
          { lang: 'en', path: '/en/articles/both/' },
          { lang: 'zh-CN', path: '/zh/articles/both/' },
          { lang: 'x-default', path: '/en/articles/both/' },
        ],
      },
    ],
    ['/zh/articles/zhonly/', { include: true, alternates: [] }],
    ['/en/articles/zhonly/', { include: false }],
    ['/en/articles/old-alias/', { include: false }],
    [
      '/zh/topics/',
      {
        include: true,
        alternates: [
          { lang: 'en', path: '/en/topics/' },
          { lang: 'zh-CN', path: '/zh/topics/' },
          { lang: 'x-default', path: '/en/topics/' },
        ],
      },
    ],
    ['/', { include: true, alternates: [] }],
  ])('%s => %j', (path, expected) => expect(sitemapAlternates(path, of)).toEqual(expected));
});

describe('URL lock', () => {
  it('serializes sorted, unique, one URL per line', () => {
    const text = serializeLock(['/zh/', '/en/', '/en/']);
    expect(parseLock(text)).toEqual(['/en/', '/zh/']);
    expect(text).toContain('\n    "/en/",\n    "/zh/"\n');
  });
  it('finds the vanished URLs', () => expect(vanishedUrls(['/en/', '/en/articles/a/'], new Set(['/en/']))).toEqual(['/en/articles/a/']));
  it.each([
    [false, { urls: ['/a/', '/b/', '/c/'], added: ['/c/'], removed: [] }],
    [true, { urls: ['/b/', '/c/', '/old/'], added: ['/c/'], removed: ['/a/'] }],
  ])('updates with prune=%s, keeping URLs an alias still answers', (prune, expected) => {
    expect(updateLock(['/a/', '/b/', '/old/'], ['/b/', '/c/'], new Set(['/b/', '/c/', '/old/']), { prune })).toEqual(
      prune ? expected : { ...expected, urls: ['/a/', '/b/', '/c/', '/old/'] },
    );
  });
  it('tells how to fix vanished URLs', () => {
    const message = vanishedMessage(['/en/articles/a/', '/zh/articles/a/']);
    expect(message).toContain('The build no longer produces 2 URLs listed in urls.lock.json:\n  ✖ /en/articles/a/\n  ✖ /zh/articles/a/');
    expect(message).toContain('`aliases: [a]`');
    expect(message).toContain('npm run urls:update -- --prune');
  });
  it('locks pages and feeds, not redirects or later list pages', () => {
    expect(lockableUrls({ pages: ['/en/', '/en/archive/2/'], redirects: ['/en/articles/old/'], files: ['/en/rss.xml'] })).toEqual([
      '/en/',
      '/en/rss.xml',
    ]);
  });
  it.each([
    [{}, './content', '/p/urls.lock.json'],
    [{}, '/tmp/fixture', undefined],
    [{ ZHIKU_URL_LOCK: 'x.json' }, '/tmp/fixture', '/p/x.json'],
    [{ ZHIKU_URL_LOCK: 'off' }, './content', undefined],
  ])('applies the lock for env %j and content %s', (env, dir, expected) => expect(urlLockPath(env, '/p', dir)).toBe(expected));
});

describe('JSON-LD', () => {
  const data = articleJsonLd({
    title: 'A </script><script>alert(1)</script>',
    description: 'd',
    url: 'https://x.org/en/articles/a/',
    lang: 'en',
    date: new Date('2019-11-18'),
    authors: ['Li'],
    publisher: 'Zhiku',
    topics: ['cbdc'],
    translationOf: 'https://x.org/zh/articles/a/',
  });
  it('describes an Article', () => {
    expect(data).toMatchObject({
      '@type': 'Article',
      datePublished: '2019-11-18',
      dateModified: '2019-11-18',
      inLanguage: 'en',
      author: [{ '@type': 'Person', name: 'Li' }],
    });
  });
  it('claims no publication date for a date that is only the day the article was collected', () => {
    const base = {
      title: 'A',
      description: 'd',
      url: 'https://x.org/en/articles/a/',
      lang: 'en',
      authors: [],
      publisher: 'Zhiku',
      topics: [],
    };
    const collected = articleJsonLd({ ...base, date: new Date('2019-11-19'), dateFrom: 'collected' });
    expect(collected).not.toHaveProperty('datePublished');
    expect(collected).not.toHaveProperty('dateCreated');
    expect(collected).not.toHaveProperty('dateModified');
    // an editor's later change is still a modification date
    expect(articleJsonLd({ ...base, date: new Date('2019-11-19'), dateFrom: 'collected', updated: new Date('2020-01-02') })).toMatchObject({
      dateModified: '2020-01-02',
    });
    for (const dateFrom of ['url', 'text', undefined] as const) {
      expect(articleJsonLd({ ...base, date: new Date('2019-11-18'), dateFrom })).toMatchObject({ datePublished: '2019-11-18' });
    }
  });
  it('cannot be closed by article text, and still parses to the same data', () => {
    const json = serializeJsonLd(data);
    expect(json).not.toMatch(/[<>&]/);
    expect(JSON.parse(json)).toEqual(data);
  });
});

describe('checkLinks', () => {
  const page = (url: string, links: string[], anchors: string[] = []) => ({
    url,
    anchors: new Set(anchors),
    links: links.map((u) => ({ url: u, from: 'a[href]' })),
  });
  it.each([
    ['a page link', ['/zh/'], []],
    ['a relative link', ['../zh/'], []],
    ['a fragment on another page', ['/zh/#top'], []],
    ['a fragment on the same page', ['#here'], []],
    ['a built file', ['/en/rss.xml'], []],
    ['an absolute link on the site', ['https://x.org/zh/'], []],
    ['an external link', ['https://example.org/nope/', 'mailto:a@b.c'], []],
    ['a missing page', ['/zh/nope/'], ['no such page']],
    ['a missing file', ['/zh/rss.xml'], ['no such file']],
    ['a missing anchor', ['/zh/#nope'], ['no element with id "nope" on /zh/']],
    ['a missing page on the site origin', ['https://x.org/nope/'], ['no such page']],
  ])('%s', (_name, links, reasons) => {
    const pages = [page('/en/', links, ['here']), page('/zh/', [], ['top'])];
    expect(checkLinks(pages, new Set(['/en/rss.xml']), 'https://x.org').map((b) => b.reason)).toEqual(reasons);
  });
  it.each([
    ['a page link under the base', ['/kb/zh/#top'], []],
    ['a relative link', ['../zh/'], []],
    ['a built file under the base', ['/kb/en/rss.xml'], []],
    ['an absolute link under the base', ['https://x.org/kb/zh/'], []],
    ['the base itself', ['/kb/'], ['no such page']],
    ['a site path without the base', ['/zh/'], ['outside the base path /kb/']],
    ['an absolute link without the base', ['https://x.org/zh/'], ['outside the base path /kb/']],
  ])('under the base /kb/: %s', (_name, links, reasons) => {
    const pages = [page('/en/', links, ['here']), page('/zh/', [], ['top'])];
    expect(checkLinks(pages, new Set(['/en/rss.xml']), 'https://x.org', '/kb/').map((b) => b.reason)).toEqual(reasons);
  });
  it('formats one line per broken link', () => {
    expect(formatBrokenLinks([{ page: '/en/', url: '/x/', from: 'a[href]', reason: 'no such page' }])).toBe(
      '1 broken link:\n  /en/ → /x/ (a[href]): no such page',
    );
  });
});
