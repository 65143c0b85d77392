import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseHeadersFile } from '../../src/core/headers/headersFile';
import { IMMUTABLE, REVALIDATE } from '../../src/core/headers/siteHeaders';
import { pagefindUrl } from '../../src/core/links/urls';
import { browserAvailable, useBrowserSite } from '../helpers/browser';
import { hostHeaders, serveStatic, type StaticServer } from '../helpers/serve';

// The fixture site served with the headers of its own dist/_headers, CSP included, as a host would.
const outDir = inject('fixtureSiteDir');
const CSP = parseHeadersFile(readFileSync(join(outDir, '_headers'), 'utf8')).find((r) => r.path === '/*')?.headers[
  'Content-Security-Policy'
];

/** Polls long enough for the first search, which loads Pagefind's WebAssembly, on a busy machine. */
const eventually = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000 });

describe.runIf(browserAvailable())('the site under its own _headers', () => {
  const site = useBrowserSite(outDir, { headers: hostHeaders(outDir) });

  // The same build on a host that ignores _headers: only the pages' <meta> policy applies.
  let plain: StaticServer;
  beforeAll(async () => {
    plain = await serveStatic(outDir);
  });
  afterAll(() => plain?.close());

  /**
   * Opens a page with a stored dark theme, recording CSP violations, console errors and warnings, and every response.
   * `tamper` rewrites the page's HTML on its way to the browser (its response headers stay the host's).
   */
  async function open(path: string, { base = site.url, tamper }: { base?: string; tamper?: (html: string) => string } = {}) {
    const ctx = await site.browser.newContext();
    await ctx.addInitScript(() => {
      localStorage.setItem('zhiku-theme', 'dark');
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sample}`));
    });
    const page = await ctx.newPage();
    const problems: string[] = [];
    const responses: Response[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('response', (r) => responses.push(r));
    if (tamper)
      await page.route(`${base}${path}`, async (route) => {
        const original = await route.fetch();
        await route.fulfill({ response: original, body: tamper(await original.text()) });
      });
    const response = await page.goto(`${base}${path}`);
    const violations = () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
    return { page, response: response!, problems, responses, violations, close: () => ctx.close() };
  }

  const resultLinks = (page: Page) =>
    page.locator('dialog .search-result-title').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));

  it.each([
    ['en', '/en/articles/stablecoin-risks/', 'Search articles', 'stablecoin'],
    ['zh', '/zh/articles/stablecoin-risks/', '搜索文章', '稳定币'],
  ] as const)('%s: an article loads and searches with no CSP violation', async (lang, path, boxName, query) => {
    expect(CSP).toMatch(/^default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
    const { page, response, problems, responses, violations, close } = await open(path);
    expect(response.headers()['content-security-policy']).toBe(CSP);
    expect(response.headers()['cache-control']).toBe(REVALIDATE);
    // The inline scripts ran: the stored theme is applied before paint, and the theme toggle is shown.
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await page.locator('[data-theme-toggle]').isVisible()).toBe(true);

    await page.getByRole('searchbox', { name: boxName }).first().fill(query);
    await eventually(() => resultLinks(page)).toContain(path);
    // Pagefind searched on the page's own thread (noWorker): the policy needs to allow no worker.
    expect(page.workers()).toEqual([]);
    expect(responses.some((r) => r.url().includes(`${pagefindUrl(lang)}pagefind.js`))).toBe(true);
    const hashed = responses.filter((r) => /\/_astro\/|\.pf_[a-z]+$/.test(new URL(r.url()).pathname));
    expect(hashed.some((r) => r.url().includes('.pf_fragment'))).toBe(true);
    for (const r of hashed) expect(r.headers()['cache-control'], r.url()).toBe(IMMUTABLE);

    expect(await violations()).toEqual([]);
    expect(problems).toEqual([]);
    await close();
  });

  it.each([
    ['/en/search/?q=stablecoin', '/en/articles/stablecoin-risks/'],
    [`/zh/search/?q=${encodeURIComponent('稳定币')}`, '/zh/articles/stablecoin-risks/'],
  ])('the search page %s finds its article with no CSP violation', async (path, article) => {
    const { page, problems, violations, close } = await open(path);
    await eventually(() =>
      page.locator('main .search-result-title').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname)),
    ).toContain(article);
    expect(await violations()).toEqual([]);
    expect(problems).toEqual([]);
    await close();
  });

  /** What an article could smuggle into a page if the validator let it: an inline script, an event handler, a <style>. */
  const inject = (html: string) =>
    html.replace(
      '<div class="prose">',
      '<div class="prose"><script>window.injected = "script"</script><img src="/no-such-image.png" onerror="window.injected = &quot;handler&quot;">' +
        '<style>body { display: none }</style><p id="injected-marker">Injected</p>',
    );

  it.each([
    ['the _headers policy', () => site.url],
    ['the <meta> policy alone, on a host that ignores _headers', () => plain.url],
  ])(
    "blocks a script, an event handler and a style injected into an article, and still runs the site's own, under %s",
    async (name, base) => {
      const path = '/zh/articles/stablecoin-risks/';
      const { page, response, violations, close } = await open(path, { base: base(), tamper: inject });
      // With _headers the page is under two policies, the header's and the <meta>'s, and each reports what it blocks.
      const policies = name.includes('meta') ? 1 : 2;
      expect(response.headers()['content-security-policy']).toBe(policies === 1 ? undefined : CSP);
      await page.locator('#injected-marker').waitFor({ state: 'attached' });
      // Each injected piece reported as blocked by the directive that governs it (the image's error fires once it loads).
      const blocked = ['script-src-attr', 'script-src-elem', 'style-src-elem'].flatMap((d) => Array<string>(policies).fill(d));
      await eventually(async () => (await violations()).map((v) => v.split(' ')[0]).sort()).toEqual(blocked);
      expect(await page.evaluate(() => (window as unknown as { injected?: string }).injected)).toBeUndefined();
      expect(await page.evaluate(() => getComputedStyle(document.body).display)).not.toBe('none');
      // The site's own inline script ran (the stored theme), and its modules do: search finds the article.
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      await page.getByRole('searchbox', { name: '搜索文章' }).first().fill('稳定币');
      await eventually(() => resultLinks(page)).toContain(path);
      expect(await violations()).toHaveLength(blocked.length);
      await close();
    },
  );

  it("runs the landing page's own inline redirect under the <meta> policy alone", async () => {
    const ctx = await site.browser.newContext({ locale: 'zh-CN' });
    const page = await ctx.newPage();
    await page.goto(`${plain.url}/`);
    await page.waitForURL(`${plain.url}/zh/`);
    await ctx.close();
  });
});
