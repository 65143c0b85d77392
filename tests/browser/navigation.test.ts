import type { BrowserContext } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { browserAvailable, useBrowserSite } from '../helpers/browser';

const outDir = inject('fixtureSiteDir');

describe.runIf(browserAvailable())('in a real browser', () => {
  const site = useBrowserSite(outDir);

  async function context(locale: string): Promise<BrowserContext> {
    return site.browser.newContext({ locale });
  }

  it('sends a Chinese-speaking first visit from / to /zh/', async () => {
    const ctx = await context('zh-CN');
    const page = await ctx.newPage();
    await page.goto(`${site.url}/`);
    await page.waitForURL(`${site.url}/zh/`);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    await ctx.close();
  });

  it('sends an English-speaking first visit from / to /en/', async () => {
    const ctx = await context('en-US');
    const page = await ctx.newPage();
    await page.goto(`${site.url}/`);
    await page.waitForURL(`${site.url}/en/`);
    expect(await page.title()).toMatch(/Zhiku/);
    await ctx.close();
  });

  it('offers both languages on / without JavaScript', async () => {
    const ctx = await site.browser.newContext({ javaScriptEnabled: false, locale: 'fr-FR' });
    const page = await ctx.newPage();
    await page.goto(`${site.url}/`);
    expect(page.url()).toBe(`${site.url}/`);
    await page.getByRole('link', { name: '阅读中文版' }).click();
    await page.waitForURL(`${site.url}/zh/`);
    await ctx.close();
  });

  it('switches an article to the other language and remembers the choice', async () => {
    const ctx = await context('en-US');
    const page = await ctx.newPage();
    await page.goto(`${site.url}/en/articles/stablecoin-risks/`);
    expect(await page.locator('h1').textContent()).toBe('Why central banks worry about stablecoins');
    await page.locator('.lang-switcher').getByRole('link', { name: '中文' }).click();
    await page.waitForURL(`${site.url}/zh/articles/stablecoin-risks/`);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await page.locator('h1').textContent()).toBe('央行为何担心稳定币');
    // The explicit choice beats the browser's English preference on the next visit to /.
    await page.goto(`${site.url}/`);
    await page.waitForURL(`${site.url}/zh/`);
    await ctx.close();
  });

  it('toggles and persists the dark theme', async () => {
    const ctx = await site.browser.newContext({ colorScheme: 'light' });
    const page = await ctx.newPage();
    await page.goto(`${site.url}/en/`);
    const toggle = page.locator('[data-theme-toggle]');
    await expect.poll(() => toggle.isVisible()).toBe(true);
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    const lightBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    const darkBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(darkBg).not.toBe(lightBg);
    await page.goto(`${site.url}/zh/`);
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    await ctx.close();
  });

  it('loads pages without console errors or failed requests', async () => {
    const ctx = await context('en-US');
    const page = await ctx.newPage();
    const problems: string[] = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()} ${r.url()}`));
    for (const path of ['/en/', '/zh/', '/en/articles/stablecoin-risks/', '/en/articles/ledger-pilot/', '/zh/topics/']) {
      await page.goto(`${site.url}${path}`);
    }
    expect(problems).toEqual([]);
    await ctx.close();
  });
});
