import { existsSync } from 'node:fs';
import { cp, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, PROJECT_ROOT } from '../helpers/buildSite';
import { loadPage, visibleText } from '../helpers/html';

// A small bilingual site that uses every wikilink form, with a translated
// pair (alpha), an outdated translation (beta), an article missing its English
// translation (gamma), one missing its Chinese translation (delta), an MDX file (zeta) and a draft.
// Alpha was renamed from alpha-old (its Chinese version lists the alias), which gamma and zeta still name.
// Built from a copy with its own Astro cache, so the last test can rebuild on that cache.
let outDir: string;
let content: string;
let cacheEnv: Record<string, string>;
let buildLog: string;
beforeAll(async () => {
  const work = await mkdtemp(join(tmpdir(), 'zhiku-linked-'));
  content = join(work, 'content');
  cacheEnv = { ZHIKU_CACHE_DIR: join(work, 'cache') };
  await cp(join(PROJECT_ROOT, 'tests/fixtures/linked-site'), content, { recursive: true });
  const built = await buildSite(content, cacheEnv);
  ({ outDir } = built);
  buildLog = `${built.stdout}\n${built.stderr}`;
});

const page = (url: string) => loadPage(outDir, url);
const hrefs = (els: HTMLElement[]) => els.map((a) => a.getAttribute('href'));

async function htmlUrls(): Promise<string[]> {
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => `/${relative(outDir, join(e.parentPath, e.name))}`.replace(/index\.html$/, ''));
}

describe('wikilinks and article links in the built site', () => {
  it('resolves every form in an English article', async () => {
    const doc = await page('/en/articles/alpha/');
    const links = doc.querySelectorAll('.prose a.article-ref');
    expect(links.map((a) => [a.getAttribute('href'), visibleText(a), a.getAttribute('hreflang') ?? null])).toEqual([
      ['/en/articles/beta/', 'Beta, an article whose translation fell behind', null],
      ['/en/articles/beta/', 'the beta story', null],
      ['/en/articles/beta/#details', 'Beta, an article whose translation fell behind', null],
      ['/zh/articles/beta/', '贝塔：译文落后于原文的文章', 'zh-CN'],
      ['/zh/articles/gamma/', '伽马：只有中文的文章', 'zh-CN'],
      ['/en/articles/beta/', 'beta again', null],
      ['/zh/articles/beta/#details', 'beta in Chinese', 'zh-CN'],
    ]);
    // Every link into the other language carries a visible marker; a Chinese title is marked as Chinese.
    expect(doc.querySelectorAll('.prose abbr.lang-badge').map((b) => visibleText(b))).toEqual(['中', '中', '中']);
    expect(doc.querySelector('.prose a[href="/zh/articles/gamma/"]')?.getAttribute('lang')).toBe('zh-CN');
    expect(visibleText(doc.querySelector('.prose'))).not.toContain('[[');
  });

  it('writes summaries and meta descriptions as the reader reads the text: link titles, no wikilink syntax, no language markers', async () => {
    const zh = await page('/zh/articles/alpha/');
    const description = zh.querySelector('meta[name=description]')?.getAttribute('content');
    expect(description).toContain(
      '阿尔法链接到各种目标：贝塔：译文落后于原文的文章、贝塔的故事、贝塔：译文落后于原文的文章、Beta, an article whose translation fell behind、伽马：只有中文的文章，',
    );
    expect(description).not.toContain('[[');
    expect(description).not.toMatch(/behind EN|\bEN\b/);
    const topic = await page('/zh/topics/regulation/');
    expect(visibleText(topic.querySelector('main'))).not.toContain('[[');
  });

  it('resolves links in MDX files the same way', async () => {
    const doc = await page('/en/articles/zeta/');
    expect(doc.querySelectorAll('.prose a.article-ref').map((a) => [a.getAttribute('href'), visibleText(a)])).toEqual([
      ['/en/articles/alpha/', 'Alpha, the hub article'],
      ['/zh/articles/gamma/', 'gamma in Chinese'],
      ['/en/articles/beta/#details', 'beta'],
    ]);
    expect(visibleText(doc.querySelector('.prose .lang-badge'))).toBe('中');
    // Its summary is read like a Markdown article's: link titles, no language markers, and the
    // text inside its components, never their tags.
    expect(doc.querySelector('meta[name=description]')?.getAttribute('content')).toBe(
      'Zeta is an MDX file: links work the same, Alpha, the hub article, gamma in Chinese and beta.',
    );
  });

  it('renders the MDX components without an import, labels in the language of the text', async () => {
    for (const url of ['/en/articles/zeta/', '/zh/articles/zeta/']) {
      const prose = (await page(url)).querySelector('.prose')!;
      const aside = prose.querySelector('aside.callout.callout-tip[role=note]');
      expect(visibleText(aside!.querySelector('.callout-title'))).toBe('Cards in MDX');
      expect(aside?.querySelector('em')?.text).toBe('Markdown');
      const card = prose.querySelector('.article-card');
      expect(card?.querySelector('a')?.getAttribute('href')).toBe('/en/articles/beta/');
      expect(visibleText(card!.querySelector('a'))).toBe('Beta, an article whose translation fell behind');
      expect(visibleText(card!.querySelector('.lang-badge'))).toBe('EN');
      expect(card?.querySelector('time')?.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(visibleText(card!.querySelector('.article-card-summary'))).not.toBe('');
      const quote = prose.querySelector('figure.quote');
      expect(visibleText(quote!.querySelector('blockquote'))).toBe('Words worth quoting.');
      expect(quote?.querySelector('blockquote')?.getAttribute('cite')).toBe('https://example.org/quote');
      expect(visibleText(quote!.querySelector('figcaption'))).toBe('— An editor, 2 January 2020');
    }
  });

  it('points a link and a card that name an old slug (an alias) at the new URL, not at the redirect', async () => {
    for (const [url, href, title] of [
      ['/zh/articles/gamma/', '/zh/articles/alpha/', '阿尔法：枢纽文章'],
      ['/en/articles/gamma/', '/zh/articles/alpha/', '阿尔法：枢纽文章'],
    ]) {
      const doc = await page(url!);
      expect(doc.querySelectorAll('.prose a.article-ref').map((a) => [a.getAttribute('href'), visibleText(a)])[0], url).toEqual([
        href,
        title,
      ]);
    }
    for (const [url, href, title] of [
      ['/en/articles/zeta/', '/en/articles/alpha/', 'Alpha, the hub article'],
      // The Chinese page shows the English original, whose card resolves from English.
      ['/zh/articles/zeta/', '/en/articles/alpha/', 'Alpha, the hub article'],
    ]) {
      const card = (await page(url!)).querySelectorAll('.prose .article-card')[1];
      expect([card?.querySelector('a')?.getAttribute('href'), visibleText(card!.querySelector('a'))], url).toEqual([href, title]);
    }
    // The old URL still answers, by the alias's redirect page.
    expect(await readFile(join(outDir, 'en/articles/alpha-old/index.html'), 'utf8')).toContain('/en/articles/alpha/');
  });

  it('warns at each use of an old slug, naming the new one, and builds', () => {
    const warned = buildLog.split('\n').filter((line) => line.includes('names the old slug'));
    expect(warned.map((line) => line.replace(/^.*?articles\//, 'articles/'))).toEqual([
      'articles/en/zeta.mdx:12  [component] "<ArticleCard slug="alpha-old">" names the old slug of "alpha" → write <ArticleCard slug="alpha">',
      'articles/zh/gamma.md:7  [link] "[[alpha-old]]" names the old slug of "alpha" → write [[alpha]]',
    ]);
  });

  it('renders a `:::tip` container of a Markdown article as the same aside, titled in the language of the text', async () => {
    for (const url of ['/zh/articles/gamma/', '/en/articles/gamma/']) {
      const aside = (await page(url)).querySelector('.prose aside.callout.callout-tip[role=note]');
      expect(visibleText(aside!.querySelector('.callout-title'))).toBe('提示');
      expect(visibleText(aside!.querySelector('p:not(.callout-title)'))).toBe(
        'Markdown 文章也能写提示框，换行的中文照样连在一起，比例1:2也照写。',
      );
    }
  });

  it('resolves from the language of the file in a Chinese article', async () => {
    const doc = await page('/zh/articles/alpha/');
    expect(hrefs(doc.querySelectorAll('.prose a.article-ref'))).toEqual([
      '/zh/articles/beta/',
      '/zh/articles/beta/',
      '/zh/articles/beta/#details',
      '/en/articles/beta/',
      '/zh/articles/gamma/',
      '/zh/articles/beta/',
    ]);
  });

  it('keeps explicit heading ids the same in both languages', async () => {
    for (const url of ['/en/articles/beta/', '/zh/articles/beta/']) {
      const doc = await page(url);
      expect(doc.querySelector('.prose h2#details'), url).not.toBeNull();
      expect(visibleText(doc.querySelector('.prose h2#details'))).not.toContain('{#');
    }
  });

  it('leaves no internal link broken', async () => {
    const urls = await htmlUrls();
    const ids = new Map<string, Set<string>>();
    for (const url of urls) ids.set(url, new Set((await page(url)).querySelectorAll('[id]').map((el) => el.id)));
    const broken: string[] = [];
    for (const url of urls) {
      for (const a of (await page(url)).querySelectorAll('a[href]')) {
        const href = a.getAttribute('href')!;
        if (/^(https?:|mailto:)/.test(href)) continue;
        const target = new URL(href, `http://site${url}`);
        if (/\.(xml|svg|txt|json)$/.test(target.pathname)) continue;
        const anchors = ids.get(decodeURIComponent(target.pathname));
        const fragment = decodeURIComponent(target.hash.slice(1));
        if (!anchors) broken.push(`${url} -> ${href}`);
        else if (fragment && !anchors.has(fragment)) broken.push(`${url} -> ${href} (anchor)`);
      }
    }
    expect(broken).toEqual([]);
  });
});

describe('language switcher and hreflang', () => {
  it('points every page at the same page in the other language, which exists', async () => {
    const urls = (await htmlUrls()).filter((u) => /^\/(en|zh)\//.test(u));
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) {
      const doc = await page(url);
      // An old slug's redirect page has no switcher.
      if (doc.querySelector('meta[http-equiv=refresh]')) continue;
      const other = url.startsWith('/en/') ? url.replace(/^\/en\//, '/zh/') : url.replace(/^\/zh\//, '/en/');
      expect(hrefs(doc.querySelectorAll('.lang-switcher a[href]')), url).toEqual([other]);
      expect(existsSync(join(outDir, other, 'index.html')), other).toBe(true);
    }
  });

  it.each([
    ['/en/articles/alpha/', ['en', 'zh-CN', 'x-default']],
    ['/zh/articles/beta/', ['en', 'zh-CN', 'x-default']],
    ['/zh/articles/gamma/', []],
    ['/en/articles/gamma/', []],
    ['/en/articles/delta/', []],
    ['/zh/articles/delta/', []],
  ])('%s has hreflang %j', async (url, langs) => {
    const doc = await page(url);
    const links = doc.querySelectorAll('link[rel=alternate][hreflang]');
    expect(links.map((l) => l.getAttribute('hreflang'))).toEqual(langs);
    if (langs.length) {
      expect(links.map((l) => new URL(l.getAttribute('href')!).pathname)).toEqual([
        url.replace(/^\/(en|zh)\//, '/en/'),
        url.replace(/^\/(en|zh)\//, '/zh/'),
        url.replace(/^\/(en|zh)\//, '/en/'),
      ]);
    }
  });
});

describe('missing translations', () => {
  it('shows the original under a notice in the reader language, canonical to the original, out of the index', async () => {
    const doc = await page('/en/articles/gamma/');
    expect(doc.querySelector('html')?.getAttribute('lang')).toBe('en');
    expect(visibleText(doc.querySelector('.fallback-notice'))).toMatch(
      /has not been translated into English yet\. The original in Chinese is shown below/,
    );
    expect(doc.querySelector('.fallback-notice a')?.getAttribute('href')).toBe('/zh/articles/gamma/');
    expect(doc.querySelector('.prose')?.getAttribute('lang')).toBe('zh-CN');
    expect(doc.querySelector('h1')?.getAttribute('lang')).toBe('zh-CN');
    expect(new URL(doc.querySelector('link[rel=canonical]')!.getAttribute('href')!).pathname).toBe('/zh/articles/gamma/');
    expect(doc.querySelector('[data-pagefind-body]')).toBeNull();
    expect(doc.querySelector('.translation-notice')).toBeNull();
  });

  it('gives the Chinese reader the same for an English-only article', async () => {
    const doc = await page('/zh/articles/delta/');
    expect(visibleText(doc.querySelector('.fallback-notice'))).toContain('本文尚未译成中文，下面显示的是英语原文。');
    expect(doc.querySelector('.prose')?.getAttribute('lang')).toBe('en');
  });
});

describe('translation notices', () => {
  it.each([
    ['/zh/articles/alpha/', '本文译自英语。', false],
    ['/zh/articles/beta/', '本文译自英语。', true],
  ])('%s says it is a translation (outdated: %s)', async (url, text, outdated) => {
    const doc = await page(url);
    const notice = doc.querySelector('.translation-notice');
    expect(visibleText(notice)).toContain(text);
    expect(notice?.querySelector('a')?.getAttribute('href')).toBe(url.replace('/zh/', '/en/'));
    expect(notice?.querySelector('a')?.getAttribute('hreflang')).toBe('en');
    expect(Boolean(notice?.querySelector('.outdated-notice'))).toBe(outdated);
    if (outdated) expect(visibleText(notice)).toContain('原文已有更新');
    expect(notice?.getAttribute('data-pagefind-ignore')).toBe('all');
  });

  it('shows nothing on an original', async () => {
    for (const url of ['/en/articles/alpha/', '/en/articles/beta/', '/zh/articles/gamma/']) {
      expect((await page(url)).querySelector('.translation-notice'), url).toBeNull();
    }
  });
});

describe('backlinks and related articles', () => {
  const items = (doc: HTMLElement, section: string) =>
    doc
      .querySelectorAll(`.${section} li`)
      .map((li) => [li.querySelector('a')?.getAttribute('href'), visibleText(li.querySelector('.lang-badge'))]);

  it.each([
    [
      '/en/articles/alpha/',
      [
        ['/en/articles/gamma/', '中'],
        ['/en/articles/zeta/', 'EN'],
      ],
    ],
    [
      '/zh/articles/alpha/',
      [
        ['/zh/articles/gamma/', '中'],
        ['/zh/articles/zeta/', 'EN'],
      ],
    ],
    [
      '/en/articles/beta/',
      [
        ['/en/articles/alpha/', 'EN'],
        ['/en/articles/zeta/', 'EN'],
      ],
    ],
    ['/en/articles/delta/', [['/en/articles/gamma/', '中']]],
    [
      '/en/articles/gamma/',
      [
        ['/en/articles/alpha/', 'EN'],
        ['/en/articles/zeta/', 'EN'],
      ],
    ],
    [
      '/zh/articles/gamma/',
      [
        ['/zh/articles/alpha/', '中'],
        ['/zh/articles/zeta/', 'EN'],
      ],
    ],
    ['/en/articles/zeta/', []],
  ])('%s is linked from %j, from both languages, with a language badge', async (url, expected) => {
    expect(items(await page(url), 'backlinks')).toEqual(expected);
  });

  it('lists related articles by shared topics, in both languages, and leaves an unrelated article without the list', async () => {
    expect(items(await page('/en/articles/alpha/'), 'related')).toEqual([
      ['/en/articles/beta/', 'EN'],
      ['/en/articles/gamma/', '中'],
    ]);
    expect(items(await page('/en/articles/gamma/'), 'related')).toEqual([
      ['/en/articles/alpha/', 'EN'],
      ['/en/articles/beta/', 'EN'],
    ]);
    expect((await page('/en/articles/delta/')).querySelector('.related')).toBeNull();
  });

  it('keeps the lists out of the search index and drafts out of the lists', async () => {
    const doc = await page('/en/articles/alpha/');
    expect(doc.querySelector('.backlinks')?.getAttribute('data-pagefind-ignore')).toBe('all');
    expect(doc.querySelector('.related')?.getAttribute('data-pagefind-ignore')).toBe('all');
    expect(doc.querySelector('.backlinks')?.closest('[data-pagefind-body]')).toBeNull();
    expect((await htmlUrls()).filter((u) => u.includes('epsilon'))).toEqual([]);
  });
});

describe('topics', () => {
  it('lists the reader language first, then the others marked with their language', async () => {
    const rows = async (url: string) =>
      (await page(url))
        .querySelectorAll('.article-list li')
        .map((li) => [li.querySelector('a')?.getAttribute('href'), visibleText(li.querySelector('.lang-badge'))]);
    expect(await rows('/en/topics/regulation/')).toEqual([
      ['/en/articles/alpha/', ''],
      ['/en/articles/beta/', ''],
      ['/en/articles/gamma/', '中'],
    ]);
    expect(await rows('/zh/topics/blockchain-industry/')).toEqual([['/zh/articles/delta/', 'EN']]);
  });

  it('names each topic in the reader language on both sides', async () => {
    expect(visibleText((await page('/zh/topics/regulation/')).querySelector('h1'))).toBe('监管');
    expect(visibleText((await page('/en/topics/regulation/')).querySelector('h1'))).toBe('Regulation');
  });
});

// Read the raw HTML once to be sure the notice text is not double-escaped.
it('writes notices as text, not markup', async () => {
  const html = await readFile(join(outDir, 'zh/articles/beta/index.html'), 'utf8');
  expect(parse(html).querySelector('.translation-notice')?.innerHTML).not.toContain('&amp;');
});

// Astro caches rendered Markdown between builds and re-renders only changed files. A link's
// target changes when another file appears, so the article list is part of the config
// (see articleLinksPlugin) and a new article must clear the cache. Runs last: it adds a file.
describe('rebuilding on the same cache', () => {
  it('re-resolves links in unchanged articles when a translation appears', async () => {
    const deltaLink = async (dir: string) =>
      parse(await readFile(join(dir, 'zh/articles/gamma/index.html'), 'utf8'))
        .querySelector('.prose a[href*="delta"]')
        ?.getAttribute('href');
    expect(await deltaLink(outDir)).toBe('/en/articles/delta/');
    await writeFile(
      join(content, 'articles/zh/delta.md'),
      '---\ntitle: 德尔塔\ndate: 2020-02-01\ntopics: [blockchain-industry]\ntranslation:\n  from: en\n---\n\n德尔塔。\n',
    );
    const rebuilt = await buildSite(content, cacheEnv);
    expect(await deltaLink(rebuilt.outDir)).toBe('/zh/articles/delta/');
  }, 240_000);

  it('points an unchanged body that links by an old slug at the article that takes the alias over', async () => {
    const edit = async (path: string, change: (text: string) => string) =>
      writeFile(join(content, path), change(await readFile(join(content, path), 'utf8')));
    await edit('articles/zh/alpha.md', (text) => text.replace('aliases: [alpha-old]\n', ''));
    await edit('articles/zh/beta.md', (text) => text.replace(/^date: .*$/m, '$&\naliases: [alpha-old]'));
    const rebuilt = await buildSite(content, cacheEnv);
    const gamma = parse(await readFile(join(rebuilt.outDir, 'zh/articles/gamma/index.html'), 'utf8'));
    expect(gamma.querySelector('.prose a.article-ref')?.getAttribute('href')).toBe('/zh/articles/beta/');
  }, 240_000);
});
