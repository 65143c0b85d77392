import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';

/** Where a search UI takes the query and where its results appear. */
export interface SearchUi {
  input: string;
  result: string;
}

/** Zhiku's search page: its field and result list (src/pages/[lang]/search.astro). */
export const ZHIKU_SEARCH: SearchUi = { input: '#search-page-input', result: '[data-search-results] > li' };

/**
 * Pagefind's default UI (pagefind-ui.js, `new PagefindUI({ element })`), as on the floor's search page.
 * It puts an empty `.pagefind-ui__result` (a loading placeholder) on the page before the result's data
 * has loaded; a result is there, as Zhiku's are, once its title link is.
 */
export const PAGEFIND_DEFAULT_UI: SearchUi = { input: '.pagefind-ui__search-input', result: '.pagefind-ui__result-link' };

export interface SearchRun {
  /** From the input event carrying the whole word to the first frame painted after a result appeared. */
  ms: number;
  /**
   * Bytes of what the search needed (Pagefind bundle, wasm, index, fragments, glossary,
   * search JS), each counted gzip-compressed where that makes it smaller, as a host would serve it;
   * the page's HTML and CSS are not counted.
   */
  bytes: number;
  requests: number;
  /** What was fetched over the network (not from the cache), path and counted bytes, largest first. */
  fetched: { path: string; bytes: number }[];
  results: number;
}

export interface SearchTiming {
  url: string;
  word: string;
  /**
   * A fresh browser context: nothing cached. The word is entered as soon as the
   * search script has run (which starts Pagefind's preload), so loading overlaps typing.
   */
  cold: SearchRun;
  /** The page loaded again in the same context (HTTP cache warm, preload finished), same word. */
  warm: SearchRun;
}

/** What the instrumentation keeps in the page: the times, and a promise of the paint for the harness to await. */
interface BenchState {
  start: number;
  painted: number;
  done: Promise<void>;
  /** Resolves `done`. */
  paint?: () => void;
}

// Runs in the page before its own scripts: stamps the input event and the first
// frame painted after a result element appears (rAF, then the next task).
const instrument = (ui: SearchUi) =>
  `(${(input: string, result: string) => {
    const w = window as unknown as { __bench: BenchState };
    // No named function in here: tsx would wrap it in a helper (__name) the page does not have.
    const bench = { start: 0, painted: 0 } as BenchState;
    bench.done = new Promise<void>((resolve) => (bench.paint = resolve));
    w.__bench = bench;
    document.addEventListener(
      'input',
      (e) => {
        if ((e.target as Element | null)?.matches?.(input) && !w.__bench.start) w.__bench.start = performance.now();
      },
      true,
    );
    addEventListener('DOMContentLoaded', () => {
      let seen = false;
      new MutationObserver(() => {
        if (seen || !w.__bench.start || !document.querySelector(result)) return;
        seen = true;
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            w.__bench.painted = performance.now();
            w.__bench.paint?.();
          };
          channel.port2.postMessage(0);
        });
      }).observe(document.body, { childList: true, subtree: true });
    });
  }})(${JSON.stringify(ui.input)}, ${JSON.stringify(ui.result)})`;

async function searchOnce(ctx: BrowserContext, ui: SearchUi, url: string, word: string, warm: boolean): Promise<SearchRun> {
  const page: Page = await ctx.newPage();
  await page.addInitScript(instrument(ui));
  let counting = !warm;
  const fetched: Promise<{ path: string; bytes: number } | undefined>[] = [];
  page.on('response', (response) => {
    const type = response.request().resourceType();
    if (!counting || type === 'document' || type === 'stylesheet') return;
    // A response served from the HTTP cache transfers no body: it costs nothing. Chromium reports its
    // body size as 0 or, from the memory cache, as a negative number (nothing received, less the headers).
    fetched.push(
      Promise.all([response.body(), response.request().sizes()])
        .then(([body, sizes]) => ({
          path: new URL(response.url()).pathname,
          bytes: sizes.responseBodySize <= 0 ? 0 : Math.min(body.length, gzipSync(body).length),
        }))
        .catch(() => undefined),
    );
  });
  await page.goto(url, { waitUntil: warm ? 'networkidle' : 'commit' });
  await page.locator(ui.input).waitFor({ state: 'visible' });
  counting = true;
  await page.focus(ui.input);
  await page.fill(ui.input, word);
  // Awaiting the page's own promise (not page.waitForFunction, which would inject Playwright's
  // selector engine into the page and compile it while the search is being timed).
  const { start, painted } = await page.evaluate(async () => {
    const bench = (window as unknown as { __bench: BenchState }).__bench;
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no search result painted within 60 s')), 60_000));
    await Promise.race([bench.done, timeout]);
    return { start: bench.start, painted: bench.painted };
  });
  counting = false;
  const results = await page.locator(ui.result).count();
  const sizes = (await Promise.all(fetched)).filter((f): f is { path: string; bytes: number } => Boolean(f));
  await page.close();
  const network = sizes.filter((f) => f.bytes > 0).sort((a, b) => b.bytes - a.bytes);
  return {
    ms: Math.round(painted - start),
    bytes: sizes.reduce((sum, f) => sum + f.bytes, 0),
    requests: network.length,
    fetched: network,
    results,
  };
}

/** Times a first search for `word` on a search page, cold then warm; Zhiku's search page unless another UI is named. */
export async function searchTiming(browser: Browser, url: string, word: string, ui: SearchUi = ZHIKU_SEARCH): Promise<SearchTiming> {
  const ctx = await browser.newContext();
  try {
    const cold = await searchOnce(ctx, ui, url, word, false);
    const warm = await searchOnce(ctx, ui, url, word, true);
    return { url, word, cold, warm };
  } finally {
    await ctx.close();
  }
}
