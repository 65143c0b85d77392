import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchSettledDetail } from '../../src/search/browser/controller';
import { browserAvailable, launchBrowser } from '../helpers/browser';
import { buildSite } from '../helpers/buildSite';
import { article, writeContentFolder } from '../helpers/contentFolder';
import { serveStatic, type StaticServer } from '../helpers/serve';

// The search page while results arrive: the first ones before the rest have loaded, a
// search's late results never on a newer search's list, the keyboard focus kept, "Show
// more", input-method composition. Where the order of events matters, Pagefind's result
// fragments are held back at the network, so the test decides it.

const ALPHA = 8;
const BRAVO = 3;
const files: Record<string, string> = {};
for (let i = 1; i <= ALPHA; i++)
  files[`articles/en/alpha-${i}.md`] = article(`title: Alpha report ${i}\ndate: 2019-11-${10 + i}`, `The alpha project, part ${i}.`);
const CHARLIE = 23;
for (let i = 1; i <= CHARLIE; i++)
  files[`articles/en/charlie-${i}.md`] = article(
    `title: Charlie note ${i}\ndate: 2019-09-${10 + (i % 20)}`,
    `The charlie project, part ${i}.`,
  );
for (let i = 1; i <= BRAVO; i++)
  files[`articles/en/bravo-${i}.md`] = article(`title: Bravo report ${i}\ndate: 2019-10-${10 + i}`, `The bravo project, part ${i}.`);

/** Holds Pagefind's fragment requests once `passing` of them have gone through, until released. */
async function holdFragments(ctx: BrowserContext, passing: number) {
  const held: Route[] = [];
  let passed = 0;
  const handler = (route: Route) => {
    if (passed < passing) {
      passed++;
      void route.continue();
    } else held.push(route);
  };
  await ctx.route('**/pagefind/*/fragment/**', handler);
  return {
    held,
    /** Lets the next `count` requests through as well. */
    pass: (count: number) => (passing += count),
    release: () => Promise.all(held.splice(0).map((route) => route.continue())),
    /** Releases what is held and holds nothing more. */
    stop: async () => {
      passing = Infinity;
      await Promise.all(held.splice(0).map((route) => route.continue()));
    },
  };
}

/**
 * Records, in order, the searches that have settled on a page: the runner's
 * `search-settled` event, fired when a search's last results are shown or dropped.
 */
async function recordSettled(page: Page): Promise<SearchSettledDetail[]> {
  const settled: SearchSettledDetail[] = [];
  await page.exposeFunction('reportSettled', (detail: SearchSettledDetail) => void settled.push(detail));
  await page.evaluate(() =>
    document.addEventListener('search-settled', (event) => {
      (window as unknown as { reportSettled(detail: unknown): void }).reportSettled((event as CustomEvent).detail);
    }),
  );
  return settled;
}

const paths = (page: Page) =>
  page.locator('main .search-result-title').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
const eventually = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000 });

describe.runIf(browserAvailable())('the search page while results arrive', () => {
  let browser: Browser;
  let server: StaticServer;
  beforeAll(async () => {
    const [{ outDir }, launched] = await Promise.all([writeContentFolder(files).then((dir) => buildSite(dir)), launchBrowser()]);
    browser = launched;
    server = await serveStatic(outDir);
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), server?.close()]);
  });

  it('shows the first five results while the others are still loading, then all of them', async () => {
    const ctx = await browser.newContext();
    const fragments = await holdFragments(ctx, 5);
    const page = await ctx.newPage();
    await page.goto(`${server.url}/en/search/`);
    await page.locator('#search-page-input').fill('alpha');
    await eventually(() => paths(page).then((p) => p.length)).toBe(5);
    expect(await page.locator('main .search-status').textContent()).toBe(`${ALPHA} results.`);
    await eventually(() => fragments.held.length).toBe(ALPHA - 5);
    expect(await page.locator('main .search-status').getAttribute('aria-busy')).toBe('true');
    await fragments.release();
    await eventually(() => paths(page).then((p) => p.length)).toBe(ALPHA);
    expect((await paths(page)).every((p) => p.startsWith('/en/articles/alpha-'))).toBe(true);
    await eventually(() => page.locator('main .search-status').getAttribute('aria-busy')).toBe(null);
    await ctx.close();
  });

  it('asks for the other results only once the first five are painted', async () => {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    // In the page, in order: each fragment Pagefind fetches, the first results shown, and the frame that paints them.
    await page.addInitScript(`(() => {
      const log = (window.searchLog = []);
      const fetch = window.fetch;
      window.fetch = (input, init) => {
        if (String(input instanceof Request ? input.url : input).includes('/fragment/')) log.push('fragment');
        return fetch(input, init);
      };
      addEventListener('DOMContentLoaded', () => {
        new MutationObserver((_, observer) => {
          if (!document.querySelector('main .search-results > li')) return;
          observer.disconnect();
          log.push('shown');
          requestAnimationFrame(() => log.push('frame'));
        }).observe(document.body, { childList: true, subtree: true });
      });
    })()`);
    await page.goto(`${server.url}/en/search/`);
    await page.locator('#search-page-input').fill('alpha');
    await eventually(() => paths(page).then((p) => p.length)).toBe(ALPHA);
    const log = await page.evaluate(() => (window as unknown as { searchLog: string[] }).searchLog);
    expect(log).toEqual([...Array<string>(5).fill('fragment'), 'shown', 'frame', ...Array<string>(ALPHA - 5).fill('fragment')]);
    await ctx.close();
  });

  it('never adds the late results of an older search to a newer one', async () => {
    const ctx = await browser.newContext();
    const fragments = await holdFragments(ctx, 5);
    const page = await ctx.newPage();
    await page.goto(`${server.url}/en/search/`);
    const settled = await recordSettled(page);
    await page.locator('#search-page-input').fill('alpha');
    await eventually(() => fragments.held.length).toBe(ALPHA - 5);
    // The reader changes the query while the rest of "alpha" is still loading.
    fragments.pass(BRAVO);
    await page.locator('#search-page-input').fill('bravo');
    await eventually(() => paths(page)).toEqual(expect.arrayContaining([1, 2, 3].map((i) => `/en/articles/bravo-${i}/`)));
    // Now the older search's results arrive.
    const finished = ALPHA - 5;
    let done = 0;
    page.on('requestfinished', (request) => void (/\/pagefind\/[^/]+\/fragment\//.test(request.url()) && done++));
    await fragments.release();
    await eventually(() => done).toBe(finished);
    // The older search has had its late results in hand, and dropped them.
    await eventually(() => settled).toContainEqual({ query: 'alpha', newest: false });
    expect((await paths(page)).sort()).toEqual([1, 2, 3].map((i) => `/en/articles/bravo-${i}/`));
    expect(await page.locator('main .search-status').textContent()).toBe(`${BRAVO} results.`);
    expect(new URL(page.url()).search).toBe('?q=bravo');
    await ctx.close();
  });

  it('keeps the keyboard on the same result when newer results replace the list, or puts it back in the field', async () => {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await page.goto(`${server.url}/en/search/`);
    const focused = () =>
      page.evaluate(() =>
        document.activeElement instanceof HTMLAnchorElement ? document.activeElement.pathname : document.activeElement?.id,
      );
    /** Types a new query and, before its results can arrive, moves the focus to a result of the current one. */
    const typeThenFocus = (query: string, path: string) =>
      page.evaluate(
        ([query, path]) => {
          const input = document.querySelector<HTMLInputElement>('#search-page-input')!;
          input.value = query;
          input.dispatchEvent(new Event('input', { bubbles: true }));
          document.querySelector<HTMLAnchorElement>(`main .search-result-title[href="${path}"]`)!.focus();
        },
        [query, path] as const,
      );
    await page.locator('#search-page-input').fill('report');
    await eventually(() => paths(page).then((p) => p.length)).toBe(ALPHA + BRAVO);
    await typeThenFocus('bravo', '/en/articles/bravo-1/');
    await eventually(() => paths(page).then((p) => p.length)).toBe(BRAVO);
    expect(await focused()).toBe('/en/articles/bravo-1/');
    // Results without the focused link: back to the field, from where the arrows work as before.
    await typeThenFocus('alpha', '/en/articles/bravo-1/');
    await eventually(() => paths(page).then((p) => p.length)).toBe(ALPHA);
    expect(await focused()).toBe('search-page-input');
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe((await paths(page))[0]);
    await ctx.close();
  });

  it('shows twenty results, and the rest with "Show more", which is there only when there are more', async () => {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await page.goto(`${server.url}/en/search/?q=alpha`);
    await eventually(() => paths(page).then((p) => p.length)).toBe(ALPHA);
    const more = page.locator('main [data-search-more]');
    expect(await more.isHidden()).toBe(true);
    await page.locator('#search-page-input').fill('charlie');
    await eventually(() => paths(page).then((p) => p.length)).toBe(20);
    expect(await more.isVisible()).toBe(true);
    await more.click();
    await eventually(() => paths(page).then((p) => p.length)).toBe(CHARLIE);
    expect(new Set(await paths(page)).size).toBe(CHARLIE);
    expect(await more.isHidden()).toBe(true);
    await ctx.close();
  });

  it('searches what an input method composes when the composition ends, not its keystrokes', async () => {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await page.goto(`${server.url}/en/search/`);
    const compose = (value: string, event: 'input' | 'compositionend') =>
      page.evaluate(
        ([value, event]) => {
          const input = document.querySelector<HTMLInputElement>('#search-page-input')!;
          input.value = value;
          input.dispatchEvent(
            event === 'input'
              ? new InputEvent('input', { bubbles: true, isComposing: true, data: value })
              : new CompositionEvent('compositionend', { bubbles: true, data: value }),
          );
        },
        [value, event] as const,
      );
    const settled = await recordSettled(page);
    await compose('bravo', 'input');
    // The page handles an input event while it is dispatched: had it searched, the URL
    // and the busy status would have changed before compose() returned.
    expect(await page.locator('main .search-status').getAttribute('aria-busy')).toBe(null);
    expect(await paths(page)).toEqual([]);
    expect(await page.evaluate(() => location.search)).toBe('');
    await compose('alpha', 'compositionend');
    await eventually(() => paths(page).then((p) => p.length)).toBe(ALPHA);
    expect(new URL(page.url()).search).toBe('?q=alpha');
    // The composed word is the only search that ran: none for the keystrokes before it.
    await eventually(() => settled.map((s) => s.query)).toEqual(['alpha']);
    await ctx.close();
  });
});
