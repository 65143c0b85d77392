import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from '../helpers/axe';
import { browserAvailable, launchBrowser } from '../helpers/browser';
import { serveStatic, type StaticServer } from '../helpers/serve';

const outDir = inject('fixtureSiteDir');

/** One page of each kind on the fixture site, in both languages where the kind has a language. */
const PAGES = [
  { name: 'the landing page', path: '/' },
  { name: 'the English home page', path: '/en/' },
  { name: 'the Chinese home page', path: '/zh/' },
  { name: 'an English article', path: '/en/articles/stablecoin-risks/' },
  { name: 'a Chinese article', path: '/zh/articles/stablecoin-risks/' },
  { name: 'a fallback page (Chinese original on the English site)', path: '/en/articles/ledger-pilot/' },
  { name: 'a topic page', path: '/en/topics/regulation/' },
  { name: 'a Chinese topic page', path: '/zh/topics/cbdc/' },
  { name: 'the archive', path: '/zh/archive/' },
];

const THEMES = ['light', 'dark'] as const;

describe.runIf(browserAvailable())('WCAG 2.1 AA with axe-core', () => {
  let browser: Browser;
  let server: StaticServer;

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), serveStatic(outDir)]);
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), server?.close()]);
  });

  /** Loads a page in a theme (set the way the reader's system would) and returns axe's violations. */
  async function violations(path: string, theme: (typeof THEMES)[number]): Promise<string[]> {
    const ctx = await browser.newContext({ colorScheme: theme, bypassCSP: true });
    try {
      const page = await ctx.newPage();
      await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
      return await axeViolations(page);
    } finally {
      await ctx.close();
    }
  }

  for (const theme of THEMES) {
    describe(`${theme} theme`, () => {
      it.each(PAGES)('$name ($path) has no violations', async ({ path }) => {
        expect(await violations(path, theme)).toEqual([]);
      });
    });
  }

  it('catches a planted violation, so a clean result means something', async () => {
    const ctx = await browser.newContext({ bypassCSP: true });
    const page = await ctx.newPage();
    await page.goto(`${server.url}/en/`);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'faint';
      p.style.color = '#eee';
      document.querySelector('main')?.append(p);
    });
    expect(await axeViolations(page)).toEqual([expect.stringMatching(/^color-contrast: /)]);
    await ctx.close();
  });

  it('the dark theme chosen with the toggle has no violations on an article', async () => {
    const ctx = await browser.newContext({ colorScheme: 'light', bypassCSP: true });
    const page = await ctx.newPage();
    await page.goto(`${server.url}/en/articles/stablecoin-risks/`);
    await page.locator('[data-theme-toggle]').click();
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    expect(await axeViolations(page)).toEqual([]);
    await ctx.close();
  });

  it.todo('the search page with results (/en/search/?q=…) has no violations: waits for the search page (issue 5)');
  it.todo('the 404 page has no violations: waits for the 404 page (issue 6)');
});
