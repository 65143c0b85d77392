import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe';
import { browserAvailable, launchBrowser } from '../helpers/browser';
import { buildSite, PROJECT_ROOT } from '../helpers/buildSite';
import { hostHeaders, serveStatic, type StaticServer } from '../helpers/serve';

// The media fixture (images in Markdown, <Figure> in MDX, code blocks), served with its own
// _headers: the Content-Security-Policy applies, as it does on a real host.
const ARTICLE = '/en/articles/reserve-reports/';
const FIGURES = '/en/articles/custody-flow/';
const THEMES = ['light', 'dark'] as const;

/** WCAG's contrast ratio of two CSS colours as the browser computes them (`rgb(…)`). */
function contrast(a: string, b: string): number {
  const luminance = (css: string) => {
    const [r, g, b] = css
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map((v) => {
        const c = Number(v) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** Every highlighted token of the page's code blocks: its text and colour, and its block's background. */
function tokenColours(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.prose pre span[style]')]
      .filter((span) => span.textContent!.trim())
      .map((span) => ({
        text: span.textContent!,
        colour: getComputedStyle(span).color,
        background: getComputedStyle(span.closest('pre')!).backgroundColor,
      })),
  );
}

describe.runIf(browserAvailable())('images, figures and code in the browser', () => {
  let browser: Browser;
  let server: StaticServer;
  const contexts: BrowserContext[] = [];
  /** A page in a fresh context (closed after the tests), with CSP violations and console errors collected. */
  async function open(path: string, options: Parameters<Browser['newContext']>[0] = {}) {
    const ctx = await browser.newContext({ colorScheme: 'light', ...options });
    contexts.push(ctx);
    const page = await ctx.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
    return { page, errors };
  }

  beforeAll(async () => {
    const [{ outDir }, launched] = await Promise.all([buildSite(join(PROJECT_ROOT, 'tests/fixtures/media-site')), launchBrowser()]);
    browser = launched;
    server = await serveStatic(outDir, { headers: hostHeaders(outDir) });
  });
  afterAll(async () => {
    await Promise.all(contexts.map((c) => c.close()));
    await Promise.all([browser?.close(), server?.close()]);
  });

  describe('code colours', () => {
    it('every token keeps 4.5:1 against its block in the light and the dark theme, and the colours follow the theme', async () => {
      const { page } = await open(ARTICLE);
      const seen: Record<string, string[]> = {};
      for (const theme of THEMES) {
        await page.emulateMedia({ colorScheme: theme });
        const tokens = await tokenColours(page);
        expect(tokens.length).toBeGreaterThan(30);
        const faint = tokens
          .filter((t) => contrast(t.colour, t.background) < 4.5)
          .map((t) => `${theme}: ${JSON.stringify(t.text)} ${t.colour} on ${t.background}`);
        expect(faint).toEqual([]);
        seen[theme] = tokens.map((t) => `${t.colour} on ${t.background}`);
      }
      expect(seen.dark).not.toEqual(seen.light);
    });

    it("follows the reader's own choice of theme over the system's", async () => {
      const { page } = await open(ARTICLE, { colorScheme: 'light' });
      const light = await tokenColours(page);
      await page.click('[data-theme-toggle]');
      const chosen = await tokenColours(page);
      const { page: system } = await open(ARTICLE, { colorScheme: 'dark' });
      expect(chosen).toEqual(await tokenColours(system));
      expect(chosen).not.toEqual(light);
    });

    it('notices a faint token, so a clean result means something', async () => {
      const { page } = await open(ARTICLE);
      await page.evaluate(() => document.querySelector<HTMLElement>('.prose pre span[style]')!.style.setProperty('color', '#d0d0d0'));
      const faint = (await tokenColours(page)).filter((t) => contrast(t.colour, t.background) < 4.5);
      expect(faint).toHaveLength(1);
    });
  });

  describe('the copy button', () => {
    async function openWithClipboard(path: string) {
      const opened = await open(path, { permissions: ['clipboard-read', 'clipboard-write'] });
      await opened.page.locator('.code-copy').first().waitFor();
      return opened;
    }
    const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

    it('copies the code of its block when clicked, says so, and comes back', async () => {
      const { page, errors } = await openWithClipboard(ARTICLE);
      const buttons = page.locator('.prose .code-block > button.code-copy');
      expect(await buttons.count()).toBe(2);
      const second = buttons.nth(1);
      expect(await second.textContent()).toBe('Copy');
      await second.click();
      expect(await clipboard(page)).toBe('# Fetch a report and count its lines\ncurl -s "https://example.org/reports/2024-03.csv" | wc -l');
      expect(await second.textContent()).toBe('Copied');
      // Screen readers hear it from the one status line.
      expect(await page.locator('[role="status"]').allTextContents()).toEqual(['Copied']);
      await page.waitForFunction(() => document.querySelectorAll('.code-copy')[1]?.textContent === 'Copy', undefined, { timeout: 5000 });
      expect(await page.locator('[role="status"]').textContent()).toBe('');
      expect(errors).toEqual([]);
    });

    it('works from the keyboard, with Enter and with Space, in Chinese', async () => {
      const { page, errors } = await openWithClipboard('/zh/articles/reserve-reports/');
      const button = page.locator('.code-copy').first();
      expect(await button.textContent()).toBe('复制');
      // Tab order: the block's scrollable <pre>, then its button.
      await page.locator('.prose pre').first().focus();
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.className)).toBe('code-copy');
      await page.keyboard.press('Enter');
      expect(await clipboard(page)).toContain('export function total(lines: ReserveLine[]): number {');
      expect(await button.textContent()).toBe('已复制');
      await page.evaluate(() => navigator.clipboard.writeText(''));
      await page.keyboard.press('Space');
      expect(await clipboard(page)).toContain('usd: number; // 单位：百万美元');
      expect(errors).toEqual([]);
    });

    it('is not there without JavaScript, and moves nothing when it arrives', async () => {
      const without = await open(ARTICLE, { javaScriptEnabled: false });
      expect(await without.page.locator('button.code-copy').count()).toBe(0);
      expect(await without.page.locator('.prose pre').count()).toBe(2);
      const { page } = await openWithClipboard(ARTICLE);
      const place = (p: Page) =>
        p.evaluate(() => [...document.querySelectorAll('.prose pre, .prose h2')].map((el) => Math.round(el.getBoundingClientRect().top)));
      expect(await place(page)).toEqual(await place(without.page));
    });

    it('is only on pages with code', async () => {
      const { page } = await open(FIGURES);
      expect(await page.locator('template[data-code-copy], .code-copy').count()).toBe(0);
    });
  });

  describe('images and figures', () => {
    /** The file each image of the page shows, once it has loaded, and its box. */
    async function shownImages(page: Page) {
      await page.evaluate(async () => {
        for (const img of document.querySelectorAll('.prose img')) img.scrollIntoView();
        await Promise.all([...document.images].map((img) => img.decode().catch(() => undefined)));
      });
      return page.evaluate(() =>
        [...document.querySelectorAll<HTMLImageElement>('.prose img')].map((img) => ({
          file: img.currentSrc.replace(/^.*\/_astro\//, ''),
          width: Math.round(img.getBoundingClientRect().width),
          loaded: img.complete && img.naturalWidth > 0,
        })),
      );
    }

    it('at 360 px: every image loads the smallest file that fills the column, and nothing overflows', async () => {
      const { page, errors } = await open(ARTICLE, { viewport: { width: 360, height: 740 } });
      const images = await shownImages(page);
      // The column is 360 - 2 × 16 = 328 px wide: the 640w file is the first candidate wide enough.
      expect(images.map((i) => [i.loaded, i.width])).toEqual([
        [true, 328],
        [true, 328],
        [true, 328],
      ]);
      const srcsets = await page.evaluate(() => [...document.querySelectorAll('.prose img')].map((img) => img.getAttribute('srcset')!));
      expect(
        srcsets[0]!
          .split(', ')
          .find((c) => c.endsWith(' 640w'))!
          .split(' ')[0],
      ).toBe(`/_astro/${images[0]!.file}`);
      expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(360);
      expect(errors).toEqual([]);
    });

    it('on a wide screen: the column width, not the screen width, picks the file', async () => {
      const { page } = await open(ARTICLE, { viewport: { width: 1400, height: 900 } });
      const [chart] = await shownImages(page);
      // The column is 42rem (672 px): the 750w file, not the 1200w original.
      expect(chart!.width).toBe(672);
      const candidates = await page.evaluate(() => document.querySelector('.prose img')!.getAttribute('srcset')!);
      expect(candidates.split(', ').find((c) => c.startsWith(`/_astro/${chart!.file} `))).toMatch(/ 750w$/);
    });

    it('figures show their image, caption and credit at 360 px in both themes, without overflow', async () => {
      const { page, errors } = await open(FIGURES, { viewport: { width: 360, height: 740 } });
      const images = await shownImages(page);
      expect(images.every((i) => i.loaded && i.width <= 328)).toBe(true);
      expect(await page.locator('figure figcaption').allInnerTexts()).toEqual([
        'The path of a dollar from the issuer to the custodian.',
        'Government bills as a share of the reserve, by quarter.\nCredit: Zhiku research <team>',
      ]);
      for (const theme of THEMES) {
        await page.emulateMedia({ colorScheme: theme });
        expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(360);
      }
      expect(errors).toEqual([]);
    });
  });

  it.each([ARTICLE, '/zh/articles/reserve-reports/', FIGURES, '/zh/articles/custody-flow/'])(
    '%s has no WCAG 2.1 AA violation in either theme, at 360 px and on a desktop',
    async (path) => {
      const found: string[] = [];
      for (const viewport of [
        { width: 360, height: 740 },
        { width: 1280, height: 900 },
      ]) {
        const { page } = await open(path, { viewport, bypassCSP: true });
        await page.locator('[data-theme-toggle]').waitFor();
        for (const theme of THEMES) {
          await page.emulateMedia({ colorScheme: theme });
          found.push(...(await axeViolations(page)).map((v) => `${viewport.width}px ${theme}: ${v}`));
        }
      }
      expect(found).toEqual([]);
    },
  );
});
