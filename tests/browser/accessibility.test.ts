import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from '../helpers/axe';
import { browserAvailable, useBrowserSite } from '../helpers/browser';

const outDir = inject('fixtureSiteDir');

/** One page of each kind on the fixture site, in both languages where the kind has a language. */
const PAGES = [
  { name: 'the landing page', path: '/' },
  { name: 'the English home page', path: '/en/' },
  { name: 'the Chinese home page', path: '/zh/' },
  { name: 'an English article', path: '/en/articles/stablecoin-risks/' },
  { name: 'a Chinese article', path: '/zh/articles/stablecoin-risks/' },
  { name: 'a fallback page (Chinese original on the English site)', path: '/en/articles/ledger-pilot/' },
  { name: 'an English article with every MDX component', path: '/en/articles/components-tour/' },
  { name: 'a Chinese article with every MDX component', path: '/zh/articles/components-tour/' },
  { name: 'a topic page', path: '/en/topics/regulation/' },
  { name: 'a Chinese topic page', path: '/zh/topics/cbdc/' },
  { name: 'the archive', path: '/zh/archive/' },
  { name: 'the English glossary', path: '/en/glossary/' },
  { name: 'the Chinese glossary', path: '/zh/glossary/' },
  { name: 'the English search page with results', path: '/en/search/?q=stablecoin', ready: '[data-search-results] > li' },
  { name: 'the Chinese search page with results', path: '/zh/search/?q=%E7%A8%B3%E5%AE%9A%E5%B8%81', ready: '[data-search-results] > li' },
  { name: 'the 404 page', path: '/404.html' },
];

const THEMES = ['light', 'dark'] as const;

describe.runIf(browserAvailable())('WCAG 2.1 AA with axe-core', () => {
  const site = useBrowserSite(outDir);

  /**
   * Loads a page once and returns axe's violations in each theme, switched the way the
   * reader's system would switch it (prefers-color-scheme), prefixed with the theme.
   */
  async function violationsInBothThemes(path: string, ready?: string): Promise<string[]> {
    const ctx = await site.browser.newContext({ colorScheme: 'light', bypassCSP: true });
    try {
      const page = await ctx.newPage();
      await page.goto(`${site.url}${path}`, { waitUntil: 'load' });
      // Pages that render in the browser are checked once they have rendered.
      if (ready) await page.locator(ready).first().waitFor();
      const found: string[] = [];
      for (const theme of THEMES) {
        await page.emulateMedia({ colorScheme: theme });
        found.push(...(await axeViolations(page)).map((v) => `${theme}: ${v}`));
      }
      return found;
    } finally {
      await ctx.close();
    }
  }

  it.each(PAGES)('$name ($path) has no violations in the light and dark themes', async ({ path, ready }) => {
    expect(await violationsInBothThemes(path, ready)).toEqual([]);
  });

  it('the dark theme really applies when the system asks for it', async () => {
    const ctx = await site.browser.newContext({ colorScheme: 'light' });
    const page = await ctx.newPage();
    await page.goto(`${site.url}/en/`);
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await background();
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await background()).not.toBe(light);
    await ctx.close();
  });

  it('catches a planted violation, so a clean result means something', async () => {
    const ctx = await site.browser.newContext({ bypassCSP: true });
    const page = await ctx.newPage();
    await page.goto(`${site.url}/en/`);
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
    const ctx = await site.browser.newContext({ colorScheme: 'light', bypassCSP: true });
    const page = await ctx.newPage();
    await page.goto(`${site.url}/en/articles/stablecoin-risks/`);
    await page.locator('[data-theme-toggle]').click();
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    expect(await axeViolations(page)).toEqual([]);
    await ctx.close();
  });

  it('the search dialog with results has no violations, in both themes', async () => {
    for (const theme of THEMES) {
      const ctx = await site.browser.newContext({ colorScheme: theme, bypassCSP: true });
      const page = await ctx.newPage();
      await page.goto(`${site.url}/en/articles/stablecoin-risks/`);
      await page.keyboard.press('/');
      await page.locator('#search-dialog-input').fill('stablecoin');
      await page.locator('.search-dialog .search-results > li').first().waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await ctx.close();
    }
  });
});
