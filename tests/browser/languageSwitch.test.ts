import { describe, expect, inject, it } from 'vitest';
import { browserAvailable, useBrowserSite } from '../helpers/browser';

const outDir = inject('fixtureSiteDir');

describe.runIf(browserAvailable())('switching language in a real browser', () => {
  const site = useBrowserSite(outDir);

  it.each([
    // from, switcher link name, lands on, <html lang> there, text on the landing page
    ['/en/articles/ledger-pilot/', '中文', '/zh/articles/ledger-pilot/', 'zh-CN', '一个只有中文的账本试点'],
    ['/zh/articles/exchange-brief/', 'English', '/en/articles/exchange-brief/', 'en', 'Exchange halts withdrawals'],
    ['/zh/topics/regulation/', 'English', '/en/topics/regulation/', 'en', 'Regulation'],
    ['/en/articles/stablecoin-risks/', '中文', '/zh/articles/stablecoin-risks/', 'zh-CN', '央行为何担心稳定币'],
  ])('from %s via "%s" lands on %s', async (from, name, to, lang, heading) => {
    const ctx = await site.browser.newContext({ locale: 'en-US' });
    const page = await ctx.newPage();
    await page.goto(`${site.url}${from}`);
    await page.locator('.lang-switcher').getByRole('link', { name }).click();
    await page.waitForURL(`${site.url}${to}`);
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    expect((await page.locator('h1').textContent())?.trim()).toBe(heading);
    await ctx.close();
  });

  it('reads a fallback page in the reader language around the original text', async () => {
    const ctx = await site.browser.newContext({ locale: 'en-US' });
    const page = await ctx.newPage();
    await page.goto(`${site.url}/en/articles/ledger-pilot/`);
    await expect.poll(() => page.locator('.fallback-notice').textContent()).toMatch(/not been translated into English/);
    expect(await page.locator('.prose').getAttribute('lang')).toBe('zh-CN');
    await page.locator('.fallback-notice a').click();
    await page.waitForURL(`${site.url}/zh/articles/ledger-pilot/`);
    await ctx.close();
  });
});
