import { cp, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser } from '../helpers/browser';
import { buildSite, PROJECT_ROOT } from '../helpers/buildSite';
import { hostHeaders, serveStatic, type StaticServer } from '../helpers/serve';

// The fixture site built with `base: /kb/` and served under /kb/, as a GitHub Pages project site is:
// one build for a scan of every URL it wrote and for a reader in Chromium.
const BASE = '/kb/';
const ORIGIN = 'https://zhiku.example.org';

/** An article that links every way a body can: a wikilink, site paths written out, a file of media/; an old slug and a cover. */
const HARBOUR = `---
title: Harbour notes under a base path
date: 2020-02-02
topics: [regulation]
aliases: [old-harbour]
cover: { src: ../../media/reserve-chart.png, alt: Reserve chart }
---

Harbour notes link to [[stablecoin-risks]], to [the pilot](/zh/articles/ledger-pilot/), to [the Chinese home](/zh/) and to [the report](../../media/harbour-report.pdf).
`;

/** The same in MDX, where HTML an editor writes is a JSX element. */
const HARBOUR_MAP = `---
title: Harbour map written in MDX
date: 2020-02-03
topics: [regulation]
---

The map links to [the notes](/en/articles/harbour-notes/), to <a href="/zh/">the Chinese home</a> and to [[ledger-pilot]].
`;

let outDir = '';
let log = '';

beforeAll(async () => {
  const content = await mkdtemp(join(tmpdir(), 'zhiku-base-'));
  await cp(join(PROJECT_ROOT, 'tests/fixtures/site'), content, { recursive: true });
  const settings = await readFile(join(content, 'site.yaml'), 'utf8');
  expect(settings).toMatch(/^base: \/$/m);
  await writeFile(join(content, 'site.yaml'), settings.replace(/^base: \/$/m, `base: ${BASE}`));
  await writeFile(join(content, 'articles/en/harbour-notes.md'), HARBOUR);
  await writeFile(join(content, 'articles/en/harbour-map.mdx'), HARBOUR_MAP);
  await writeFile(join(content, 'media/harbour-report.pdf'), '%PDF-1.4\n');
  ({ outDir, stdout: log } = await buildSite(content));
});

/** The built file a path under the base names, if any. */
function builtFile(path: string): string | undefined {
  const inSite = path.slice(BASE.length - 1).replace(/[?#].*$/, '');
  const file = join(outDir, decodeURIComponent(inSite), inSite.endsWith('/') ? 'index.html' : '');
  return existsSync(file) ? file : undefined;
}

/** Every URL a built HTML page names: links, sources, srcsets, form actions, meta refresh and Open Graph values. */
function pageUrls(html: string): string[] {
  const doc = parse(html);
  const urls: string[] = [];
  for (const el of doc.querySelectorAll('[href], [src], [srcset], [action], meta[content]')) {
    for (const name of ['href', 'src', 'action']) {
      const value = el.getAttribute(name);
      if (value) urls.push(value);
    }
    for (const candidate of el.getAttribute('srcset')?.split(',') ?? []) urls.push(candidate.trim().split(/\s+/)[0]!);
    const content = el.getAttribute('content') ?? '';
    const refresh = /^\d+;url=(.+)$/.exec(content);
    if (refresh) urls.push(refresh[1]!);
    else if (content.startsWith(ORIGIN)) urls.push(content);
  }
  return urls;
}

describe('a site built with base: /kb/', () => {
  it('names only paths under /kb/ that it built, in every page, feed, sitemap, robots.txt and the host files', async () => {
    const files = (await readdir(outDir, { recursive: true })).filter((f) => /\.(html|xml|txt)$|^_redirects$/.test(f));
    const escaped: string[] = [];
    const missing: string[] = [];
    let checked = 0;
    for (const file of files) {
      const text = await readFile(join(outDir, file), 'utf8');
      const urls = file.endsWith('.html')
        ? pageUrls(text)
        : [...text.matchAll(/(?:https:\/\/zhiku\.example\.org|^|\s)(\/[^\s"<]*)/gm)].map((m) => m[1]!).filter((u) => u !== '/');
      for (const url of urls) {
        if (/^(?:#|[a-z]+:(?!\/\/zhiku\.example\.org))/.test(url) || url.startsWith('//')) continue;
        const path = url.startsWith(ORIGIN) ? url.slice(ORIGIN.length) : url;
        checked++;
        if (!path.startsWith(BASE)) escaped.push(`${file}: ${url}`);
        else if (!builtFile(path) && !/\.\/|^\/kb\/[^/]+\/search\/\?/.test(path)) missing.push(`${file}: ${url}`);
      }
    }
    expect(escaped).toEqual([]);
    expect(missing).toEqual([]);
    expect(checked).toBeGreaterThan(500);
    // robots.txt allows everything: the rules under /kb/ are the host's `_headers`, every one of them.
    const rules = (await readFile(join(outDir, '_headers'), 'utf8'))
      .split('\n')
      .filter((line) => /^\S/.test(line) && !line.startsWith('#'));
    expect(rules.length).toBeGreaterThan(5);
    expect(rules.filter((rule) => !rule.startsWith(BASE))).toEqual([]);
  });

  it('indexes each language while later pages render, as at the root (Astro names the pages it renders under /kb/)', () => {
    expect(log).toMatch(/\(2 search bundles, 0 unchanged and copied from the cache\); en, zh indexed while pages rendered/);
  });

  it('puts body links under /kb/: wikilinks, site paths and HTML an editor wrote, media files, in Markdown and MDX', async () => {
    const page = parse(await readFile(join(outDir, 'en/articles/harbour-notes/index.html'), 'utf8'));
    expect(page.querySelectorAll('.prose a').map((a) => a.getAttribute('href'))).toEqual([
      '/kb/en/articles/stablecoin-risks/',
      '/kb/zh/articles/ledger-pilot/',
      '/kb/zh/',
      '/kb/media/harbour-report.pdf',
    ]);
    const mdx = parse(await readFile(join(outDir, 'en/articles/harbour-map/index.html'), 'utf8'));
    expect(mdx.querySelectorAll('.prose a').map((a) => a.getAttribute('href'))).toEqual([
      '/kb/en/articles/harbour-notes/',
      '/kb/zh/',
      '/kb/zh/articles/ledger-pilot/',
    ]);
    expect(await readFile(join(outDir, '_redirects'), 'utf8')).toContain(
      '/kb/en/articles/old-harbour/ /kb/en/articles/harbour-notes/ 301\n',
    );
  });

  it("gives link previews the article's cover and the site's picture as absolute URLs under /kb/, once", async () => {
    const ogImage = async (file: string) =>
      parse(await readFile(join(outDir, file), 'utf8'))
        .querySelector('meta[property="og:image"]')
        ?.getAttribute('content');
    // Astro's image pipeline names the copy under the base already: the base is not added a second time.
    const cover = await ogImage('en/articles/harbour-notes/index.html');
    expect(cover).toMatch(/^https:\/\/zhiku\.example\.org\/kb\/_astro\/reserve-chart\.[\w-]+\.png$/);
    expect(builtFile(new URL(cover!).pathname)).toBeDefined();
    expect(await ogImage('en/index.html')).toBe(`${ORIGIN}/kb/social.png`);
  });
});

/** Polls long enough for the first search, which loads Pagefind's WebAssembly, on a busy machine. */
const eventually = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000 });

describe.runIf(browserAvailable())('a reader of the site served under /kb/', () => {
  const site = {} as { browser: Browser; url: string };
  let server: StaticServer | undefined;
  beforeAll(async () => {
    // Served as the host would: under /kb/ only, with the build's `_headers` (its Content-Security-Policy among them).
    [site.browser, server] = await Promise.all([launchBrowser(), serveStatic(outDir, { base: BASE, headers: hostHeaders(outDir) })]);
    site.url = server.url;
  });
  afterAll(async () => {
    await Promise.all([site.browser?.close(), server?.close()]);
  });

  /** A page in a fresh context, recording every request that left /kb/ or failed, and every error or blocked script. */
  async function open(path: string, locale = 'en-US') {
    const ctx = await site.browser.newContext({ locale });
    const page = await ctx.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error' && !/404 \(Not Found\)/.test(m.text())) problems.push(m.text());
    });
    page.on('response', (r) => {
      const url = new URL(r.url());
      if (!url.pathname.startsWith(BASE)) problems.push(`left ${BASE}: ${r.url()}`);
      else if (r.status() >= 400 && !url.pathname.startsWith('/kb/no-such-page')) problems.push(`${r.status()}: ${r.url()}`);
    });
    await page.goto(`${site.url}${path}`);
    return { page, problems, close: () => ctx.close() };
  }

  const resultLinks = (page: Page) =>
    page.locator('dialog .search-result-title').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));

  it('lands in its language, browses, and switches language, all under /kb/', async () => {
    const { page, problems, close } = await open(BASE, 'zh-CN');
    await page.waitForURL(`${site.url}/kb/zh/`);
    await page.locator('.main-nav a[href="/kb/zh/archive/"]').click();
    await page.waitForURL(`${site.url}/kb/zh/archive/`);
    await page.locator('.article-link', { hasText: '一个只有中文的账本试点' }).click();
    await page.waitForURL(`${site.url}/kb/zh/articles/ledger-pilot/`);
    await page.locator('.lang-switcher').getByRole('link', { name: 'English' }).click();
    await page.waitForURL(`${site.url}/kb/en/articles/ledger-pilot/`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    // The stylesheet came from /kb/_astro/: the page is laid out, not bare.
    expect(await page.locator('.lang-switcher').evaluate((el) => getComputedStyle(el).display)).not.toBe('inline');
    expect(problems).toEqual([]);
    await close();
  });

  it.each([
    ['/kb/en/', 'Search articles', 'stablecoins', '/kb/en/articles/stablecoin-risks/', undefined],
    // With the other language too: its bundle merged from under /kb/, found through the glossary's English forms.
    ['/kb/zh/', '搜索文章', '稳定币', '/kb/zh/articles/stablecoin-risks/', '/kb/en/articles/stablecoin-risks/'],
  ])('searches from %s and opens the result under /kb/', async (home, box, query, article, other) => {
    const { page, problems, close } = await open(home);
    await page.getByRole('searchbox', { name: box }).first().fill(query);
    await eventually(() => resultLinks(page)).toContain(article);
    if (other) {
      await page.locator('dialog .search-all input').check();
      await eventually(() => resultLinks(page)).toContain(other);
    }
    expect((await resultLinks(page)).filter((path) => !path.startsWith(BASE))).toEqual([]);
    await page.locator(`dialog .search-result-title[href="${article}"]`).click();
    await page.waitForURL(`${site.url}${article}`);
    expect(problems).toEqual([]);
    await close();
  });

  it('follows an old alias to the article, and finds its way home from a missing page', async () => {
    const { page, problems, close } = await open('/kb/zh/articles/old-harbour/');
    await page.waitForURL(`${site.url}/kb/zh/articles/harbour-notes/`);
    await page.goto(`${site.url}/kb/no-such-page/`);
    await page.locator('.not-found a[hreflang="en"]').click();
    await page.waitForURL(`${site.url}/kb/en/`);
    expect(problems).toEqual([]);
    await close();
  });
});
