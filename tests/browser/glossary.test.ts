import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { browserAvailable, useBrowserSite } from '../helpers/browser';

const outDir = inject('fixtureSiteDir');

/** Where an element sits and how big it is, rounded to whole pixels. */
const box = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { x: Math.round(r.x), y: Math.round(r.y), width: Math.round(r.width), height: Math.round(r.height) };
  });

describe.runIf(browserAvailable())('glossary terms in a real browser', () => {
  const site = useBrowserSite(outDir);

  it('<Term> offers its counterpart above it on hover and on keyboard focus, moving nothing', async () => {
    const ctx = await site.browser.newContext({ locale: 'en-US' });
    const page = await ctx.newPage();
    await page.goto(`${site.url}/en/articles/components-tour/`);
    const term = 'a.term[href="/en/glossary/#stablecoin"]';
    const tip = `${term} .term-tip`;
    const paragraph = await box(page, `p:has(> ${term})`);
    // Clipped until asked for, but part of the link's name.
    expect((await box(page, tip)).width).toBeLessThanOrEqual(1);
    expect(await page.getByRole('link', { name: 'stablecoin (稳定币)' }).count()).toBe(1);

    await page.hover(term);
    const shown = await box(page, tip);
    const link = await box(page, term);
    expect(shown.width).toBeGreaterThan(20);
    expect(shown.y + shown.height).toBeLessThanOrEqual(link.y + 1);
    expect(await page.locator(tip).evaluate((el) => el.textContent)).toBe(' (稳定币)');
    expect(await page.locator(`${tip} [lang]`).getAttribute('lang')).toBe('zh-CN');
    expect(await box(page, `p:has(> ${term})`)).toEqual(paragraph);

    await page.mouse.move(0, 0);
    expect((await box(page, tip)).width).toBeLessThanOrEqual(1);
    await page.locator(term).focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    expect((await box(page, tip)).width).toBeGreaterThan(20);
    expect(await box(page, `p:has(> ${term})`)).toEqual(paragraph);

    // Following it lands on the term on the glossary page.
    await Promise.all([page.waitForURL(/\/en\/glossary\/#stablecoin$/), page.keyboard.press('Enter')]);
    expect(await page.locator(':target').textContent()).toBe('stablecoin');
    await ctx.close();
  });

  it('the letter index of the glossary page jumps to the first term of a letter', async () => {
    const ctx = await site.browser.newContext({ locale: 'zh-CN' });
    const page = await ctx.newPage();
    await page.goto(`${site.url}/zh/glossary/`);
    await page.getByRole('navigation', { name: '按首字母查找术语' }).getByRole('link', { name: 'W', exact: true }).click();
    await page.waitForURL(/#stablecoin$/);
    expect(await page.locator(':target').textContent()).toBe('稳定币');
    expect(await page.locator(':target').isVisible()).toBe(true);
    expect(await page.locator(':target').evaluate((el) => el.getBoundingClientRect().bottom <= innerHeight)).toBe(true);
    await ctx.close();
  });
});
