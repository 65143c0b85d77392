import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { parseLock, serializeLock } from '../../src/core/links/urlLock';
import { PROJECT_ROOT } from '../helpers/buildSite';
import { loadPage, visibleText } from '../helpers/html';

const outDir = inject('fixtureSiteDir');
const SITE = 'https://zhiku.example.org';
const run = promisify(execFile);

/** Parses a built XML file after checking that it is well-formed. */
// The parsed XML is walked by element names the test knows; typing every feed and sitemap element would add nothing.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function loadXml(path: string): Promise<Record<string, any>> {
  const text = await readFile(join(outDir, path), 'utf8');
  expect(XMLValidator.validate(text), `${path} is well-formed XML`).toBe(true);
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    isArray: (name) => ['url', 'item', 'xhtml:link', 'sitemap', 'category'].includes(name),
  }).parse(text);
}

describe('sitemap and robots.txt', () => {
  it('robots.txt points to the sitemap index on the configured site', async () => {
    const robots = await readFile(join(outDir, 'robots.txt'), 'utf8');
    expect(robots).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
  });

  it('lists real pages with hreflang alternates for real translations only', async () => {
    const index = await loadXml('sitemap-index.xml');
    const parts = index.sitemapindex.sitemap.map((s: { loc: string }) => s.loc);
    expect(parts.length).toBeGreaterThan(0);
    const urls = new Map<string, string[]>();
    for (const part of parts) {
      expect(part.startsWith(`${SITE}/`), part).toBe(true);
      const sitemap = await loadXml(new URL(part).pathname);
      for (const url of sitemap.urlset.url) {
        urls.set(
          url.loc,
          (url['xhtml:link'] ?? []).map((l: Record<string, string>) => `${l['@hreflang']} ${l['@href']}`),
        );
      }
    }
    for (const loc of urls.keys()) expect(loc, 'absolute URL on the site').toMatch(new RegExp(`^${SITE}/`));
    // A real translation pair: both listed, each naming both languages.
    expect(urls.get(`${SITE}/en/articles/stablecoin-risks/`)).toEqual([
      `en ${SITE}/en/articles/stablecoin-risks/`,
      `zh-CN ${SITE}/zh/articles/stablecoin-risks/`,
      `x-default ${SITE}/en/articles/stablecoin-risks/`,
    ]);
    // Chinese only: listed without alternates; its English fallback page is not listed at all.
    expect(urls.get(`${SITE}/zh/articles/ledger-pilot/`)).toEqual([]);
    expect(urls.has(`${SITE}/en/articles/ledger-pilot/`)).toBe(false);
    expect(urls.get(`${SITE}/zh/topics/`)).toContain(`en ${SITE}/en/topics/`);
    expect(urls.get(`${SITE}/en/glossary/`)).toEqual([
      `en ${SITE}/en/glossary/`,
      `zh-CN ${SITE}/zh/glossary/`,
      `x-default ${SITE}/en/glossary/`,
    ]);
    // Drafts and the 404 page never appear.
    expect([...urls.keys()].filter((u) => /unpublished-draft|404/.test(u))).toEqual([]);
  });
});

describe('RSS feeds', () => {
  it.each([
    ['en', 'en', 'Zhiku: new articles in English', ['components-tour', 'exchange-brief', 'stablecoin-risks']],
    ['zh', 'zh-CN', '知库：最新中文文章', ['components-tour', 'ledger-pilot', 'stablecoin-risks']],
  ])('/%s/rss.xml is valid, in its language, with absolute links to real %s articles', async (locale, language, title, slugs) => {
    const { rss } = await loadXml(`${locale}/rss.xml`);
    expect(rss['@version']).toBe('2.0');
    const channel = rss.channel;
    expect(channel.title).toBe(title);
    expect(channel.language).toBe(language);
    expect(channel.link).toBe(`${SITE}/${locale}/`);
    expect(channel.description.length).toBeGreaterThan(10);
    const links = channel.item.map((i: { link: string }) => i.link);
    expect(links.sort()).toEqual(slugs.map((s) => `${SITE}/${locale}/articles/${s}/`));
    for (const item of channel.item) {
      expect(new Date(item.pubDate).getTime()).not.toBeNaN();
      expect(item.description.length).toBeGreaterThan(0);
    }
  });

  it('is announced in the head of every page in its language', async () => {
    for (const [url, feed] of [
      ['/en/', `${SITE}/en/rss.xml`],
      ['/zh/articles/stablecoin-risks/', `${SITE}/zh/rss.xml`],
    ]) {
      const doc = await loadPage(outDir, url!);
      expect(doc.querySelector('link[rel=alternate][type="application/rss+xml"]')?.getAttribute('href'), url).toBe(feed);
    }
  });
});

describe('canonical URLs, Open Graph and JSON-LD', () => {
  it('gives every page but the 404 an absolute canonical URL on the site', async () => {
    const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
    const pages = entries
      .filter((e) => e.isFile() && e.name.endsWith('.html'))
      .map((e) => `/${relative(outDir, join(e.parentPath, e.name))}`);
    for (const page of pages.filter((p) => p !== '/404.html')) {
      const doc = parse(await readFile(join(outDir, page), 'utf8'));
      expect(
        doc.querySelectorAll('link[rel=canonical]').map((l) => l.getAttribute('href')?.startsWith(`${SITE}/`)),
        page,
      ).toEqual([true]);
    }
  });

  it('describes an article with Open Graph tags and schema.org Article data', async () => {
    const doc = await loadPage(outDir, '/zh/articles/stablecoin-risks/');
    const og = Object.fromEntries(
      doc.querySelectorAll('meta[property^="og:"]').map((m) => [m.getAttribute('property'), m.getAttribute('content')]),
    );
    expect(og).toMatchObject({
      'og:type': 'article',
      'og:title': '央行为何担心稳定币',
      'og:url': `${SITE}/zh/articles/stablecoin-risks/`,
      'og:locale': 'zh_CN',
      'og:locale:alternate': 'en',
    });
    const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
    expect(scripts).toHaveLength(1);
    const data = JSON.parse(scripts[0]!.textContent);
    expect(data).toMatchObject({
      '@type': 'Article',
      headline: '央行为何担心稳定币',
      inLanguage: 'zh-CN',
      url: `${SITE}/zh/articles/stablecoin-risks/`,
      datePublished: '2020-03-02',
    });
  });

  it("points a fallback page's Open Graph URL at the original it shows", async () => {
    const doc = await loadPage(outDir, '/en/articles/ledger-pilot/');
    expect(doc.querySelector('meta[property="og:url"]')?.getAttribute('content')).toBe(`${SITE}/zh/articles/ledger-pilot/`);
  });
});

describe('404 page', () => {
  it('speaks both languages, links both home pages and offers a search box for each', async () => {
    const doc = await loadPage(outDir, '/404.html');
    expect(doc.querySelectorAll('section[lang]').map((s) => s.getAttribute('lang'))).toEqual(['en', 'zh-CN']);
    expect(visibleText(doc.querySelector('main'))).toMatch(/Page not found.*页面未找到/);
    expect(doc.querySelectorAll('main a[href]').map((a) => a.getAttribute('href'))).toEqual(['/en/', '/zh/']);
    expect(doc.querySelectorAll('form[role=search]').map((f) => f.getAttribute('action'))).toEqual(['/en/search/', '/zh/search/']);
    expect(doc.querySelectorAll('form[role=search] input[name=q]')).toHaveLength(2);
    expect(doc.querySelector('meta[name=robots]')?.getAttribute('content')).toBe('noindex');
  });
});

describe('link checker on the fixture site', () => {
  it('finds no broken internal link or #fragment', async () => {
    const { stdout } = await run(
      process.execPath,
      [join(PROJECT_ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/check-links.ts', outDir],
      { cwd: PROJECT_ROOT },
    );
    expect(stdout).toMatch(/Link check of .*: \d+ pages, \d+ links, none broken\./);
  });
});

describe('URL lock scripts on the fixture site', () => {
  const lockScript = (lock: string, ...args: string[]) =>
    run(process.execPath, [join(PROJECT_ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/urls-lock.ts', ...args, '--dist', outDir], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, ZHIKU_URL_LOCK: lock },
    }).then(
      ({ stdout }) => ({ code: 0, output: stdout }),
      (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, output: e.stdout + e.stderr }),
    );

  it('adds new URLs, keeps a vanished one until --prune, and says how to fix it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'zhiku-lock-'));
    const lock = join(dir, 'urls.lock.json');
    await writeFile(lock, serializeLock(['/en/articles/gone/', '/en/']));

    const update = await lockScript(lock, 'update');
    expect(update.code).toBe(1);
    expect(update.output).toContain('+ /zh/articles/ledger-pilot/');
    expect(update.output).toContain('✖ /en/articles/gone/');
    expect(update.output).toContain('`aliases: [gone]`');
    const updated = parseLock(await readFile(lock, 'utf8'));
    expect(updated).toContain('/en/articles/gone/');
    expect(updated).toContain('/zh/rss.xml');
    expect(updated).toEqual([...updated].sort());
    expect(updated.filter((u) => /archive\/\d|unpublished-draft/.test(u))).toEqual([]);

    expect((await lockScript(lock, 'check')).code).toBe(1);
    const pruned = await lockScript(lock, 'update', '--prune');
    expect(pruned.code).toBe(0);
    expect(pruned.output).toContain('- /en/articles/gone/');
    expect(parseLock(await readFile(lock, 'utf8'))).not.toContain('/en/articles/gone/');
    expect(await lockScript(lock, 'check')).toMatchObject({ code: 0 });
  });
});
