import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser } from '../helpers/browser';
import { buildSite, PROJECT_ROOT } from '../helpers/buildSite';
import { hostHeaders, serveStatic, type StaticServer } from '../helpers/serve';

// The search UI in Chromium, on the search fixture site with its real Pagefind index.
const FIXTURE = join(PROJECT_ROOT, 'tests/fixtures/search-site');

/** Polls long enough for the first search, which loads Pagefind's WebAssembly, on a busy machine. */
const eventually = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000 });

describe.runIf(browserAvailable())('search in a real browser', () => {
  let browser: Browser;
  let server: StaticServer;
  let strict: StaticServer;

  beforeAll(async () => {
    const [{ outDir }, launched] = await Promise.all([buildSite(FIXTURE), launchBrowser()]);
    browser = launched;
    server = await serveStatic(outDir);
    // With the headers of the build's own _headers: its Content-Security-Policy among them.
    strict = await serveStatic(outDir, { headers: hostHeaders(outDir) });
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), server?.close(), strict?.close()]);
  });

  async function open(path: string, base = server.url): Promise<{ page: Page; errors: string[]; close(): Promise<void> }> {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('dialog', (d) => {
      errors.push(`JavaScript dialog: ${d.message()}`);
      void d.dismiss();
    });
    await page.goto(`${base}${path}`);
    return { page, errors, close: () => ctx.close() };
  }

  const resultLinks = (page: Page, scope: string) =>
    page.locator(`${scope} .search-result-title`).evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
  /** The article results only: most queries here also find their term on the glossary page, which has a test of its own. */
  const articleLinks = async (page: Page, scope: string) => (await resultLinks(page, scope)).filter((path) => !path.includes('/glossary/'));

  it('searches from the header box in English, with title, badge, date, source, excerpt and sections', async () => {
    const { page, errors, close } = await open('/en/');
    await page.getByRole('searchbox', { name: 'Search articles' }).first().fill('liquidity');
    const dialog = page.locator('dialog.search-dialog');
    await eventually(() => resultLinks(page, 'dialog')).toEqual(['/en/articles/fed-stablecoins/']);
    expect(await dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
    expect(await page.locator('dialog input[type=search]').inputValue()).toBe('liquidity');
    const result = dialog.locator('.search-result').first();
    expect(await result.locator('.search-result-title').textContent()).toBe('Federal Reserve official warns about stablecoins');
    expect(await result.locator('.lang-badge').textContent()).toBe('ENEnglish');
    expect(await result.locator('time').getAttribute('datetime')).toBe('2019-11-18');
    expect(await result.locator('time').textContent()).toBe('18 November 2019');
    expect(await result.locator('.search-result-source').textContent()).toBe('Reuters');
    expect(await result.locator('.search-result-excerpt mark').first().textContent()).toMatch(/^liquidity$/i);
    expect(await result.locator('.search-result-sections a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).hash))).toContain(
      '#payment-risks',
    );
    expect(await page.locator('dialog .search-status').textContent()).toBe('1 result.');
    expect(errors).toEqual([]);
    await close();
  });

  it('searches from the header box in Chinese, in Chinese', async () => {
    const { page, close } = await open('/zh/');
    await page.getByRole('searchbox', { name: '搜索文章' }).first().fill('石油币');
    await eventually(() => articleLinks(page, 'dialog')).toEqual(['/zh/articles/petro-venezuela/']);
    // The article and the glossary's entry for the term.
    expect(await page.locator('dialog .search-status').textContent()).toMatch(/^找到 2 条结果。/);
    expect(await page.locator('dialog .search-result time').textContent()).toBe('2019年11月12日');
    expect(await page.locator('dialog .search-all').textContent()).toContain('同时搜索 English 文章');
    await close();
  });

  it('opens with / and Ctrl+K, moves with the arrows, follows a result with Enter, closes with Esc', async () => {
    const { page, close } = await open('/en/articles/fed-stablecoins/');
    const dialog = page.locator('dialog.search-dialog');
    const isOpen = () => dialog.evaluate((d: HTMLDialogElement) => d.open).catch(() => false);
    await page.keyboard.press('/');
    await eventually(isOpen).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-dialog-input');
    await page.keyboard.press('Escape');
    await eventually(isOpen).toBe(false);

    await page.keyboard.press('Control+k');
    await eventually(isOpen).toBe(true);
    await page.keyboard.type('liquidity');
    await eventually(() => resultLinks(page, 'dialog')).toEqual(['/en/articles/fed-stablecoins/']);
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => (document.activeElement as HTMLAnchorElement).pathname)).toBe('/en/articles/fed-stablecoins/');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => (document.activeElement as HTMLAnchorElement).hash)).toBe('#payment-risks');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-dialog-input');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await Promise.all([page.waitForURL(/\/en\/articles\/fed-stablecoins\/#payment-risks$/), page.keyboard.press('Enter')]);
    await close();
  });

  it('starts loading the index when the search box gets focus, and not before', async () => {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(`${server.url}/en/articles/fed-stablecoins/`);
    await page.waitForLoadState('networkidle');
    expect(requests.filter((p) => p.startsWith('/pagefind/') || p === '/glossary.json')).toEqual([]);
    await page.getByRole('searchbox', { name: 'Search articles' }).first().focus();
    await eventually(
      () =>
        requests.filter(
          (p) =>
            /^\/pagefind\/en\/(pagefind\.js|pagefind-entry\.json|wasm\.en\.pagefind|pagefind\.en_\w+\.pf_meta)$/.test(p) ||
            p === '/glossary.json',
        ).length,
    ).toBe(5);
    // Pagefind runs on the page's thread: no worker script is fetched before the first results.
    expect(requests.filter((p) => p.endsWith('/pagefind-worker.js'))).toEqual([]);
    await ctx.close();
  });

  it('loads Pagefind on the search page before anything is typed, each preloaded file once', async () => {
    for (const [lang, wasm] of [
      ['en', 'wasm.en.pagefind'],
      ['zh', 'wasm.unknown.pagefind'],
    ] as const) {
      const ctx = await browser.newContext();
      const page = await ctx.newPage();
      const requests: string[] = [];
      page.on('request', (r) => requests.push(new URL(r.url()).pathname));
      await page.goto(`${server.url}/${lang}/search/`);
      const pagefind = () => requests.filter((p) => p.startsWith('/pagefind/'));
      await eventually(() => pagefind().filter((p) => p.endsWith('.pf_meta')).length).toBe(1);
      const preloaded = ['/pagefind/bundles.json', `/pagefind/${lang}/${wasm}`];
      // The preloads are what the scripts use: a preload that a script's request did not match would be fetched twice.
      for (const path of [`/pagefind/${lang}/pagefind.js`, ...preloaded, `/pagefind/${lang}/pagefind-entry.json`])
        expect(pagefind().filter((p) => p === path)).toEqual([path]);
      const initiators = await page.evaluate(() =>
        performance.getEntriesByType('resource').map((e) => [new URL(e.name).pathname, (e as PerformanceResourceTiming).initiatorType]),
      );
      expect(initiators.filter(([path]) => preloaded.includes(path!)).map(([, initiator]) => initiator)).toEqual(['link', 'link']);
      // No index chunk without a query. The warm-up search that follows the preload (searchArticles.ts) matches every
      // page: it must load none of their data.
      await page.waitForLoadState('networkidle');
      expect(pagefind().filter((p) => p.endsWith('.pf_index') || p.endsWith('.pf_fragment'))).toEqual([]);
      await ctx.close();
    }
  });

  it("inflates Pagefind's files with the browser's own gzip, each once", async () => {
    const ctx = await browser.newContext();
    // Counts the streams the page hands the browser's gzip, and the files Pagefind found still gzipped: it reads the
    // first 12 bytes of each file for its signature, and inflates the file itself when they start with gzip's magic.
    await ctx.addInitScript(() => {
      const Native = globalThis.DecompressionStream;
      const w = window as unknown as { inflated: number; gzipSeen: number };
      w.inflated = 0;
      w.gzipSeen = 0;
      globalThis.DecompressionStream = class extends Native {
        constructor(format: CompressionFormat) {
          super(format);
          w.inflated++;
        }
      };
      const decode = TextDecoder.prototype.decode;
      TextDecoder.prototype.decode = function (input, options) {
        const bytes = ArrayBuffer.isView(input) ? new Uint8Array(input.buffer, input.byteOffset, input.byteLength) : undefined;
        if (bytes?.length === 12 && bytes[0] === 0x1f && bytes[1] === 0x8b) w.gzipSeen++;
        return decode.call(this, input, options);
      };
    });
    const page = await ctx.newPage();
    const compressed: string[] = [];
    page.on('response', (r) => {
      const path = new URL(r.url()).pathname;
      if (/^\/pagefind\/.*\.(pf_\w+|pagefind)$/.test(path)) compressed.push(path);
    });
    await page.goto(`${server.url}/zh/search/`);
    await page.locator('#search-page-input').fill('石油币');
    await eventually(() => articleLinks(page, '[data-search-results]')).toEqual(['/zh/articles/petro-venezuela/']);
    // The WebAssembly, metadata, filters, index chunks and fragments of the search: every one inflated by the browser.
    expect(compressed.filter((p) => p.endsWith('.pf_index')).length).toBeGreaterThan(0);
    expect(compressed.filter((p) => p.endsWith('.pf_fragment')).length).toBeGreaterThan(0);
    const { inflated, gzipSeen } = await page.evaluate(() => {
      const w = window as unknown as { inflated: number; gzipSeen: number };
      return { inflated: w.inflated, gzipSeen: w.gzipSeen };
    });
    expect(inflated).toBe(compressed.length);
    // None reached Pagefind's own inflater.
    expect(gzipSeen).toBe(0);
    await ctx.close();
  });

  it('keeps what is typed right after the shortcut, while the dialog is still loading', async () => {
    const { page, close } = await open('/en/');
    await page.keyboard.press('/');
    await page.keyboard.type('liquidity');
    await eventually(() => resultLinks(page, 'dialog')).toEqual(['/en/articles/fed-stablecoins/']);
    expect(await page.locator('dialog input[type=search]').inputValue()).toBe('liquidity');
    await close();
    // Chinese arrives as text input (no key events), as from an input method.
    const zh = await open('/zh/');
    await zh.page.keyboard.press('/');
    await zh.page.keyboard.insertText('石油币');
    await eventually(() => articleLinks(zh.page, 'dialog')).toEqual(['/zh/articles/petro-venezuela/']);
    await zh.close();
  });

  it('does not steal / while the reader types in a field', async () => {
    const { page, close } = await open('/en/search/');
    await page.locator('#search-page-input').fill('');
    await page.locator('#search-page-input').press('/');
    expect(await page.locator('#search-page-input').inputValue()).toBe('/');
    expect(await page.locator('dialog.search-dialog').count()).toBe(0);
    await close();
  });

  it('shows results straight away for a ?q= link, and keeps the URL in step while typing', async () => {
    const { page, close } = await open('/en/search/?q=stablecoin');
    await eventually(() => articleLinks(page, 'main')).toEqual(['/en/articles/fed-stablecoins/']);
    expect(await page.locator('#search-page-input').inputValue()).toBe('stablecoin');
    const before = await page.evaluate(() => history.length);
    await page.locator('#search-page-input').fill('Slovakia');
    await eventually(() => page.url()).toBe(`${server.url}/en/search/?q=Slovakia`);
    await eventually(() => resultLinks(page, 'main')).toEqual(['/en/articles/exchange-brief/']);
    expect(await page.evaluate(() => history.length)).toBe(before);
    await close();
  });

  it('filters by topic, year, source and kind, in the URL too', async () => {
    const { page, close } = await open('/zh/search/');
    await page.getByLabel('主题').selectOption('cbdc');
    await eventually(() => resultLinks(page, 'main')).toEqual(['/zh/articles/petro-venezuela/']);
    expect(page.url()).toBe(`${server.url}/zh/search/?topic=cbdc`);
    await page.getByLabel('主题').selectOption('');
    await page.getByLabel('年份').selectOption('2018');
    await eventually(() => resultLinks(page, 'main')).toEqual(['/zh/articles/slovakia-blockchain/']);
    await page.getByLabel('年份').selectOption('');
    await page.getByLabel('来源').selectOption('新浪财经');
    await eventually(() => resultLinks(page, 'main')).toEqual(['/zh/articles/petro-venezuela/']);
    await page.getByLabel('来源').selectOption('');
    await page.getByLabel('主题').selectOption('regulation');
    await page.getByLabel('排序').selectOption('date');
    await eventually(() => resultLinks(page, 'main')).toEqual(['/zh/articles/fed-stablecoins/', '/zh/articles/fatf-rules/']);
    expect(page.url()).toBe(`${server.url}/zh/search/?topic=regulation&sort=date`);
    await close();
    const en = await open('/en/search/?kind=brief&all=1');
    await eventually(() => resultLinks(en.page, 'main')).toEqual(['/en/articles/exchange-brief/']);
    expect(await en.page.getByLabel('Kind').inputValue()).toBe('brief');
    await en.close();
  });

  it('lists each source once, in the page’s language, and finds the pages of its names in both languages', async () => {
    const sourceOptions = (page: Page) => page.locator('select[name="source"] option').evaluateAll((os) => os.map((o) => o.textContent));
    const zh = await open('/zh/search/?all=1');
    // fed-stablecoins names Reuters in English and 路透社 in its Chinese translation: one source. In pinyin order.
    expect(await sourceOptions(zh.page)).toEqual(['不限', '互链脉搏', '路透社', '新浪财经', '中国银行保险报', 'CryptoGlobe']);
    await zh.page.getByLabel('来源').selectOption({ label: '路透社' });
    await eventually(async () => (await resultLinks(zh.page, 'main')).sort()).toEqual([
      '/en/articles/fed-stablecoins/',
      '/zh/articles/fed-stablecoins/',
    ]);
    await zh.close();
    const en = await open('/en/search/');
    expect(await sourceOptions(en.page)).toEqual(['Any', 'CryptoGlobe', 'Reuters', '中国银行保险报', '互链脉搏', '新浪财经']);
    await en.page.getByLabel('Source').selectOption({ label: 'Reuters' });
    await eventually(() => resultLinks(en.page, 'main')).toEqual(['/en/articles/fed-stablecoins/']);
    await en.close();
  });

  it('ranks a glossary term by the term it shows, not by every term of the page, and keeps it when sorting by date', async () => {
    // The Chinese glossary page matches 稳定币 in two terms (稳定币, and 币 of 石油币): as one page it outscored the article.
    const { page, close } = await open('/zh/search/?q=%E7%A8%B3%E5%AE%9A%E5%B8%81');
    await eventually(() => resultLinks(page, 'main')).toEqual(['/zh/articles/fed-stablecoins/', '/zh/glossary/']);
    // By date: the glossary has none, so it comes after every dated result.
    await page.getByLabel('排序').selectOption('date');
    await eventually(() => page.url()).toBe(`${server.url}/zh/search/?q=%E7%A8%B3%E5%AE%9A%E5%B8%81&sort=date`);
    await eventually(() => resultLinks(page, 'main')).toEqual(['/zh/articles/fed-stablecoins/', '/zh/glossary/']);
    await close();
  });

  it('searches both languages at once with the toggle', async () => {
    const { page, close } = await open('/en/search/?q=马杜罗');
    await eventually(() => page.locator('main .search-status').textContent()).toMatch(/^Nothing found for “马杜罗”\./);
    await page.getByLabel('Also search 中文 articles').check();
    await eventually(() => resultLinks(page, 'main')).toEqual(['/zh/articles/petro-venezuela/']);
    expect(page.url()).toBe(`${server.url}/en/search/?q=%E9%A9%AC%E6%9D%9C%E7%BD%97&all=1`);
    expect(await page.locator('main .search-result .lang-badge').textContent()).toBe('中中文');
    expect(await page.locator('main .search-result-title').getAttribute('lang')).toBe('zh-CN');
    // Both languages for a term in both: the English and the Chinese article.
    await page.locator('#search-page-input').fill('stablecoin');
    await eventually(async () => (await articleLinks(page, 'main')).sort()).toEqual([
      '/en/articles/fed-stablecoins/',
      '/zh/articles/fed-stablecoins/',
    ]);
    await close();
  });

  it('expands glossary terms across languages and says so', async () => {
    const en = await open('/en/search/?q=稳定币');
    await eventually(() => articleLinks(en.page, 'main')).toEqual(['/en/articles/fed-stablecoins/']);
    expect(await en.page.locator('main .search-expanded').textContent()).toBe('Also searched for: stablecoin.');
    await en.close();
    const zh = await open('/zh/search/?q=Petro');
    await eventually(() => articleLinks(zh.page, 'main')).toEqual(['/zh/articles/petro-venezuela/']);
    expect(await zh.page.locator('main .search-expanded').textContent()).toBe('同时搜索了：石油币。');
    await zh.close();
  });

  it('shows a glossary term as a result of its own kind, linked to its entry, and narrows to terms with the kind filter', async () => {
    const { page, errors, close } = await open('/en/search/?q=Petro');
    const term = page.locator('main .search-result-glossary');
    await eventually(() => term.count()).toBe(1);
    expect(await term.locator('.search-result-title').textContent()).toBe('Petro');
    expect(await term.locator('.search-result-title').getAttribute('href')).toBe('/en/glossary/#petro');
    expect(await term.locator('.search-result-kind').textContent()).toBe('Glossary term');
    expect(await term.locator('.search-result-excerpt').textContent()).toContain('石油币');
    await page.getByLabel('Kind').selectOption({ label: 'Glossary term' });
    await eventually(() => resultLinks(page, 'main')).toEqual(['/en/glossary/']);
    expect(page.url()).toBe(`${server.url}/en/search/?q=Petro&kind=glossary`);
    await Promise.all([page.waitForURL(/\/en\/glossary\/#petro$/), term.locator('.search-result-title').click()]);
    expect(await page.locator(':target').textContent()).toBe('Petro');
    expect(errors).toEqual([]);
    await close();
    const zh = await open('/zh/search/?q=%E7%A8%B3%E5%AE%9A%E5%B8%81&kind=glossary');
    await eventually(() => zh.page.locator('main .search-result-glossary .search-result-title').textContent()).toBe('稳定币');
    expect(await zh.page.locator('main .search-result-glossary .search-result-kind').textContent()).toBe('术语');
    // 稳定币 is read as 稳定 + 币: the other term with 币 is offered below it.
    expect(
      await zh.page
        .locator('main .search-result-glossary .search-result-sections a')
        .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).hash)),
    ).toEqual(['#petro']);
    await zh.close();
  });

  it('finds Simplified articles for a query in Traditional characters, and quoted Chinese phrases', async () => {
    const { page, close } = await open('/zh/search/?q=穩定幣');
    await eventually(() => articleLinks(page, 'main')).toEqual(['/zh/articles/fed-stablecoins/']);
    await page.locator('#search-page-input').fill('區塊鏈');
    await eventually(() => articleLinks(page, 'main')).toEqual(['/zh/articles/slovakia-blockchain/']);
    expect(await page.locator('main .search-expanded').textContent()).toContain('区块链');
    // A quoted Chinese phrase that Pagefind alone does not find (segmented unlike the text) is retried unquoted.
    await page.locator('#search-page-input').fill('"联储官"');
    await eventually(() => resultLinks(page, 'main')).toEqual(['/zh/articles/fed-stablecoins/']);
    await close();
  });

  it('finds an article written in Traditional characters by a Traditional or a Simplified query, and shows its result in Simplified', async () => {
    const { page, errors, close } = await open('/zh/search/?q=鬱金香');
    await eventually(() => articleLinks(page, 'main')).toEqual(['/zh/articles/tulip-mania/']);
    // The index holds the article's text in Simplified, as it holds the converted query.
    expect(await page.locator('main .search-result-title').first().textContent()).toBe('荷兰郁金香泡沫');
    expect(await page.locator('main .search-result-excerpt mark').first().textContent()).toBe('郁金香');
    for (const query of ['郁金香泡沫', '球莖', '球茎']) {
      await page.locator('#search-page-input').fill(query);
      await eventually(() => articleLinks(page, 'main')).toEqual(['/zh/articles/tulip-mania/']);
    }
    expect(errors).toEqual([]);
    await close();
  });

  it("loads OpenCC's tables for a query in Traditional characters only, not for a Simplified one", async () => {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    const tables: string[] = [];
    page.on('request', (r) => {
      if (/\/(?:TSCharacters|TSPhrases|core)\.[\w-]+\.js$/.test(new URL(r.url()).pathname)) tables.push(r.url());
    });
    await page.goto(`${server.url}/zh/search/?q=${encodeURIComponent('稳定币')}`);
    await eventually(() => articleLinks(page, 'main')).toEqual(['/zh/articles/fed-stablecoins/']);
    await page.locator('#search-page-input').fill('区块链');
    await eventually(() => articleLinks(page, 'main')).toEqual(['/zh/articles/slovakia-blockchain/']);
    expect(tables).toEqual([]);
    await page.locator('#search-page-input').fill('穩定幣');
    await eventually(() => articleLinks(page, 'main')).toEqual(['/zh/articles/fed-stablecoins/']);
    expect(tables.length).toBeGreaterThanOrEqual(2);
    await ctx.close();
  });

  it('offers the other language when nothing is found', async () => {
    const { page, close } = await open('/en/search/?q=zebra');
    await eventually(() => page.locator('main .search-status').textContent()).toMatch(/^Nothing found for “zebra”\./);
    const other = page.locator('main .search-other-language');
    expect(await other.textContent()).toBe('Search the 中文 articles instead');
    expect(await other.getAttribute('href')).toBe('/zh/search/?q=zebra');
    await close();
  });

  it.each(['<img src=x onerror=alert(1)>', '"><script>alert(1)</script>'])('shows %s as text and runs nothing', async (query) => {
    const { page, errors, close } = await open(`/en/search/?q=${encodeURIComponent(query)}`);
    await eventually(() => page.locator('main .search-status').textContent()).toContain(query);
    expect(await page.locator('main .search-status img, main .search-status script, main img').count()).toBe(0);
    expect(await page.locator('#search-page-input').inputValue()).toBe(query);
    expect(errors).toEqual([]);
    await close();
  });

  it('works under the Content Security Policy', async () => {
    const { page, errors, close } = await open('/en/search/?q=stablecoin&all=1', strict.url);
    await eventually(() => resultLinks(page, 'main')).toEqual(
      expect.arrayContaining(['/en/articles/fed-stablecoins/', '/zh/articles/fed-stablecoins/']),
    );
    await page.keyboard.press('Control+k');
    await eventually(() => page.evaluate(() => document.activeElement?.id)).toBe('search-dialog-input');
    // Chinese arrives as text input, as from an input method; no English page has the word.
    await page.keyboard.insertText('马杜罗');
    await eventually(() => page.locator('dialog .search-status').textContent()).toMatch(/^Nothing found for “马杜罗”/);
    await page.locator('dialog .search-all input').check();
    await eventually(() => resultLinks(page, 'dialog')).toEqual(['/zh/articles/petro-venezuela/']);
    expect(errors).toEqual([]);
    await close();
  });

  it('says that search needs JavaScript when it is off, and points to the archive', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(`${server.url}/en/search/?q=stablecoin`);
    const note = page.locator('.search-noscript');
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toMatch(/^Search needs JavaScript/);
    expect(await page.getByRole('link', { name: 'The archive lists every article.' }).getAttribute('href')).toBe('/en/archive/');
    expect(await page.locator('form[data-search-page]').isVisible()).toBe(false);
    await ctx.close();
  });
});
