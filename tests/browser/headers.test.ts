import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Response } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { parseHeadersFile } from '../../src/core/headersFile';
import { IMMUTABLE, REVALIDATE } from '../../src/core/siteHeaders';
import { pagefindUrl } from '../../src/core/urls';
import { browserAvailable, useBrowserSite } from '../helpers/browser';
import { hostHeaders } from '../helpers/serve';

// The fixture site served with the headers of its own dist/_headers, CSP included, as a host would.
const outDir = inject('fixtureSiteDir');
const CSP = parseHeadersFile(readFileSync(join(outDir, '_headers'), 'utf8')).find((r) => r.path === '/*')?.headers[
  'Content-Security-Policy'
];

/** Polls long enough for the first search, which loads Pagefind's WebAssembly, on a busy machine. */
const eventually = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000 });

describe.runIf(browserAvailable())('the site under its own _headers', () => {
  const site = useBrowserSite(outDir, { headers: hostHeaders(outDir) });

  /** Opens a page with a stored dark theme, recording CSP violations, console errors and warnings, and every response. */
  async function open(path: string) {
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
    const response = await page.goto(`${site.url}${path}`);
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
    // Pagefind searched in its worker (it falls back to the page, with a console warning, when the worker fails).
    expect(page.workers().map((w) => new URL(w.url()).pathname)).toContain(`${pagefindUrl(lang)}pagefind-worker.js`);
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
});
