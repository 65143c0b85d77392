import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserAvailable, launchBrowser } from '../helpers/browser';
import { buildSite, PROJECT_ROOT } from '../helpers/buildSite';
import { serveStatic, type StaticServer } from '../helpers/serve';

/** The narrowest phone screen we support. */
const NARROW = { width: 360, height: 740 };

/**
 * Every HTML page of a built site as a URL path, except the Pagefind bundle and
 * redirect stubs (they navigate away on load).
 */
async function htmlPages(outDir: string): Promise<string[]> {
  const files = (await readdir(outDir, { recursive: true })).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'));
  const pages: string[] = [];
  for (const file of files.sort()) {
    if (/http-equiv=["']?refresh/i.test(await readFile(join(outDir, file), 'utf8'))) continue;
    pages.push('/' + file.replace(/(^|\/)index\.html$/, '$1'));
  }
  return pages;
}

interface PageReport {
  path: string;
  problems: string[];
  scrollWidth: number;
  innerWidth: number;
}

/** Loads a page and reports console errors, uncaught exceptions, failed requests and its widths. */
async function loadAndInspect(page: Page, base: string, path: string): Promise<PageReport> {
  const problems: string[] = [];
  const onConsole = (m: { type(): string; text(): string }) => m.type() === 'error' && problems.push(`console: ${m.text()}`);
  const onError = (e: Error) => problems.push(`exception: ${e.message}`);
  // ERR_ABORTED is a request cut short by the next navigation (ours, or the landing page's redirect);
  // a missing file shows up as a 4xx response instead.
  const onFailed = (r: { url(): string; failure(): { errorText: string } | null }) => {
    const error = r.failure()?.errorText ?? '';
    if (!error.includes('ERR_ABORTED')) problems.push(`failed: ${r.url()} ${error}`);
  };
  const onResponse = (r: { status(): number; url(): string }) => r.status() >= 400 && problems.push(`${r.status()}: ${r.url()}`);
  page.on('console', onConsole);
  page.on('pageerror', onError);
  page.on('requestfailed', onFailed);
  page.on('response', onResponse);
  try {
    await page.goto(`${base}${path}`, { waitUntil: 'load' });
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({
      scrollWidth: document.scrollingElement!.scrollWidth,
      innerWidth: window.innerWidth,
    }));
    return { path, problems, scrollWidth, innerWidth };
  } finally {
    page.off('console', onConsole);
    page.off('pageerror', onError);
    page.off('requestfailed', onFailed);
    page.off('response', onResponse);
  }
}

describe.runIf(browserAvailable())('rendering at 360 px', () => {
  let browser: Browser;
  const sites: { name: string; outDir: string; server?: StaticServer }[] = [
    { name: 'the fixture site', outDir: inject('fixtureSiteDir') },
    // Wide tables, long URLs, long words and long names in both languages.
    { name: 'the layout stress site', outDir: '' },
  ];

  beforeAll(async () => {
    const [launched, stress] = await Promise.all([launchBrowser(), buildSite(join(PROJECT_ROOT, 'tests/fixtures/layout'))]);
    browser = launched;
    sites[1]!.outDir = stress.outDir;
    for (const site of sites) site.server = await serveStatic(site.outDir);
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), ...sites.map((s) => s.server?.close())]);
  });

  for (const [i, name] of ['the fixture site', 'the layout stress site'].entries()) {
    it(`${name}: every page loads without console errors or failed requests and nothing overflows sideways`, async () => {
      const site = sites[i]!;
      const pages = await htmlPages(site.outDir);
      expect(pages).toContain('/en/');
      expect(pages).toContain('/zh/');
      const ctx = await browser.newContext({ viewport: NARROW, locale: 'en-US' });
      const page = await ctx.newPage();
      const reports: PageReport[] = [];
      for (const path of pages) reports.push(await loadAndInspect(page, site.server!.url, path));
      await ctx.close();
      const bad = reports.filter((r) => r.problems.length > 0 || r.scrollWidth > r.innerWidth);
      expect(bad).toEqual([]);
    });
  }

  it('the wide table and code scroll inside themselves on the stress article, in both languages', async () => {
    const ctx = await browser.newContext({ viewport: NARROW });
    const page = await ctx.newPage();
    for (const lang of ['en', 'zh']) {
      await page.goto(`${sites[1]!.server!.url}/${lang}/articles/wide-content/`);
      const scrollers = await page.evaluate(() =>
        [...document.querySelectorAll('.prose table, .prose pre')].map((el) => el.scrollWidth > el.clientWidth),
      );
      // Both are wider than the screen (the stress is real) and contained (the page test above shows no overflow).
      expect(scrollers).toEqual([true, true]);
    }
    await ctx.close();
  });

  it('notices a page that overflows, so a clean result means something', async () => {
    const ctx = await browser.newContext({ viewport: NARROW });
    const page = await ctx.newPage();
    const report = await loadAndInspect(page, sites[0]!.server!.url, '/en/');
    await page.evaluate(() => {
      const wide = document.createElement('div');
      wide.style.width = '500px';
      wide.textContent = 'x';
      document.body.append(wide);
    });
    const widened = await page.evaluate(() => document.scrollingElement!.scrollWidth);
    expect(report.scrollWidth).toBeLessThanOrEqual(NARROW.width);
    expect(widened).toBeGreaterThan(NARROW.width);
    await ctx.close();
  });
});
