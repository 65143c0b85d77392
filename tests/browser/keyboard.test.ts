import type { BrowserContext, Page } from 'playwright-core';
import { beforeEach, afterEach, describe, expect, inject, it } from 'vitest';
import { browserAvailable, useBrowserSite } from '../helpers/browser';

const outDir = inject('fixtureSiteDir');

/**
 * Presses Tab until the focused element matches `selector` and returns how many
 * presses it took; fails when it is not reached within `limit` presses.
 */
async function tabTo(page: Page, selector: string, limit = 40): Promise<number> {
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return presses;
  }
  throw new Error(`${selector} not reached with ${limit} Tab presses`);
}

/** Whether the focused element shows a focus indicator (an outline that is not `none`). */
function focusIsVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = document.activeElement;
    return el instanceof HTMLElement && getComputedStyle(el).outlineStyle !== 'none';
  });
}

describe.runIf(browserAvailable())('keyboard only', () => {
  const site = useBrowserSite(outDir);
  let ctx: BrowserContext;
  let page: Page;

  beforeEach(async () => {
    ctx = await site.browser.newContext({ locale: 'en-US', colorScheme: 'light' });
    page = await ctx.newPage();
  });
  afterEach(async () => {
    await ctx.close();
  });

  it('the first Tab shows the skip link, and Enter moves focus to the main content', async () => {
    await page.goto(`${site.url}/en/articles/stablecoin-risks/`);
    expect(await tabTo(page, '.skip-link', 1)).toBe(1);
    expect(await focusIsVisible(page)).toBe(true);
    // Off-screen until focused: it must come into view when it has focus.
    const box = await page.locator('.skip-link').boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    // The next Tab continues inside the main content, not back in the header.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('main')))).toBe(true);
  });

  it('reaches every link inside the MDX components in reading order, with a visible focus, and follows a card', async () => {
    await page.goto(`${site.url}/en/articles/components-tour/`);
    await tabTo(page, '.skip-link', 1);
    await page.keyboard.press('Enter');
    for (const selector of [
      'a.term[href="/en/glossary/#stablecoin"]',
      'a.term[href="/en/glossary/#cbdc"]',
      '.callout-note a[href="https://example.org/note"]',
      '.article-card a[href="/en/articles/stablecoin-risks/"]',
      '.article-card a[href="/zh/articles/ledger-pilot/"]',
      '.quote a[href="https://example.org/quote"]',
    ]) {
      await tabTo(page, selector, 6);
      expect(await focusIsVisible(page), selector).toBe(true);
    }
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site.url}/zh/articles/ledger-pilot/`);
  });

  it('hides a term’s tip with Escape, keeping focus on the term, and never keeps focus in it', async () => {
    await page.goto(`${site.url}/en/articles/components-tour/`);
    const first = 'a.term[href="/en/glossary/#stablecoin"]';
    const second = 'a.term[href="/en/glossary/#cbdc"]';
    // Shown: the tip is drawn above the term; hidden, it is clipped to one pixel (still read as part of the link's name).
    const tipShown = (term: string) => page.locator(`${term} .term-tip`).evaluate((tip) => tip.getBoundingClientRect().width > 1);
    const focused = (selector: string) => page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);
    await tabTo(page, first);
    expect(await tipShown(first)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await tipShown(first)).toBe(false);
    expect(await focused(first)).toBe(true);
    // Tab moves on to the next term, whose tip shows; back on the first, its tip shows again.
    await page.keyboard.press('Tab');
    expect(await focused(second)).toBe(true);
    expect(await tipShown(second)).toBe(true);
    await page.keyboard.press('Shift+Tab');
    expect(await focused(first)).toBe(true);
    expect(await tipShown(first)).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focused(second)).toBe(false);
    // With the pointer: Escape hides a hovered tip, which shows again when the pointer comes back.
    await page.hover(first);
    expect(await tipShown(first)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await tipShown(first)).toBe(false);
    await page.mouse.move(0, 0);
    await page.hover(first);
    expect(await tipShown(first)).toBe(true);
  });

  it('reaches the main navigation and follows a link with Enter', async () => {
    await page.goto(`${site.url}/en/`);
    await tabTo(page, '.main-nav a[href="/en/topics/"]');
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site.url}/en/topics/`);
    expect(await page.getAttribute('.main-nav a[href="/en/topics/"]', 'aria-current')).toBe('page');
  });

  it('switches language from the keyboard and lands on the same article', async () => {
    await page.goto(`${site.url}/en/articles/stablecoin-risks/`);
    await tabTo(page, '.lang-switcher a[hreflang="zh-CN"]');
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site.url}/zh/articles/stablecoin-risks/`);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
  });

  it('toggles the theme with Enter and with Space, announcing the state', async () => {
    await page.goto(`${site.url}/en/`);
    await tabTo(page, '[data-theme-toggle]');
    expect(await focusIsVisible(page)).toBe(true);
    const toggle = page.locator('[data-theme-toggle]');
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    await page.keyboard.press('Space');
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    expect(await page.getAttribute('html', 'data-theme')).toBe('light');
  });

  it('reaches every heading of the table of contents and jumps to it', async () => {
    await page.goto(`${site.url}/en/articles/stablecoin-risks/`);
    await tabTo(page, '.toc a[href="#runs"]');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#runs$/);
    const target = await page.evaluate(() => {
      const el = document.querySelector(':target');
      const box = el?.getBoundingClientRect();
      return { id: el?.id, inView: Boolean(box && box.top >= 0 && box.bottom <= innerHeight) };
    });
    expect(target).toEqual({ id: 'runs', inView: true });
  });

  it('opens the search dialog with /, closes it with Esc, opens it again with Ctrl+K', async () => {
    // The dialog's code loads on first use: on a busy machine that takes more than expect.poll's default second.
    const DIALOG_LOADS = { timeout: 10_000 };
    await page.goto(`${site.url}/en/topics/`);
    const dialog = page.locator('dialog.search-dialog');
    await page.keyboard.press('/');
    await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open), DIALOG_LOADS).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-dialog-input');
    await page.keyboard.press('Escape');
    expect(await dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(false);
    await page.keyboard.press('Control+k');
    await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open), DIALOG_LOADS).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-dialog-input');
  });

  it('types a query, moves to a result with the arrow keys and follows it with Enter', async () => {
    await page.goto(`${site.url}/zh/`);
    await page.keyboard.press('/');
    await page.keyboard.type('稳定币');
    const first = page.locator('.search-dialog .search-results a.search-result-title').first();
    await first.waitFor();
    await page.keyboard.press('ArrowDown');
    const href = await first.getAttribute('href');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(href);
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-dialog-input');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site.url}${href}`);
    expect(await page.locator('h1').textContent()).toBeTruthy();
  });

  it('reaches the header search box with Tab and searches from it', async () => {
    await page.goto(`${site.url}/en/`);
    await tabTo(page, '#site-search');
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.type('stable');
    // Typing in the header box carries on in the dialog.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('search-dialog-input');
    await page.locator('.search-dialog .search-results > li').first().waitFor();
  });
});
