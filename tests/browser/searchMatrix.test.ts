import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser } from '../helpers/browser';
import { buildSite, PROJECT_ROOT } from '../helpers/buildSite';
import { serveStatic, type StaticServer } from '../helpers/serve';

// The query matrix: queries readers type, on the sample articles Zhiku ships with (kept in
// tests/fixtures/sample-content, so the matrix runs whatever content/ holds), each of which
// must bring the named article into the top 3 of the search page in Chromium.
const SAMPLE = join(PROJECT_ROOT, 'tests/fixtures/sample-content');
const ZHU = 'zhu-youping-state-information-center-future-all-financial-companies-blockchain';
const EXPORT = 'china-exports-blockchain-technology-abroad-six-countries-reached-five-months';
const FATF = 'us-to-strictly-enforce-crypto-rules-similar-to-fatf-guidelines';
const PETRO = 'venezuela-s-petro-has-over-27000-affiliated-businesses-nicolas-maduro-claims';
const BOFA = 'bank-of-america-shuts-former-paypal-execs-bank-account-and-closed-justin-suns';
const BEIJING = 'make-no-mistake-crypto-still-hated-by-beijing-despite-bullish-blockchain-pivot';
const SEC = 'us-sec-takes-another-look-at-rejected-bitwise-bitcoin-etf-proposal';

const MATRIX: [kind: string, page: 'en' | 'zh', query: string, expected: string][] = [
  ['zh 2-character word', 'zh', '链改', `/zh/articles/${ZHU}/`],
  ['zh 4-character word', 'zh', '跨境贸易', `/zh/articles/${EXPORT}/`],
  ['zh 4-character word', 'zh', '旅行规则', `/zh/articles/${FATF}/`],
  ['zh place name', 'zh', '斯洛伐克', `/zh/articles/${EXPORT}/`],
  ['zh person name', 'zh', '朱幼平', `/zh/articles/${ZHU}/`],
  ['zh person name', 'zh', '马杜罗', `/zh/articles/${PETRO}/`],
  ['zh person name', 'zh', '孙宇晨', `/zh/articles/${BOFA}/`],
  ['zh organisation', 'zh', '金融壹账通', `/zh/articles/${EXPORT}/`],
  ['zh organisation', 'zh', '美国银行', `/zh/articles/${BOFA}/`],
  ['mixed 中文 + English', 'zh', 'FATF 规则', `/zh/articles/${FATF}/`],
  ['Traditional characters', 'zh', '穩定幣', `/zh/articles/${FATF}/`],
  ['en word', 'en', 'stablecoin', `/en/articles/${FATF}/`],
  ['en word', 'en', 'dollarization', `/en/articles/${PETRO}/`],
  ['en name', 'en', 'Fincen', `/en/articles/${FATF}/`],
  ['en name', 'en', 'Maduro', `/en/articles/${PETRO}/`],
  ['en name', 'en', 'Bitwise', `/en/articles/${SEC}/`],
  ['en name', 'en', 'Beijing', `/en/articles/${BEIJING}/`],
  ['en prefix', 'en', 'stablec', `/en/articles/${FATF}/`],
  ['en prefix', 'en', 'Venezue', `/en/articles/${PETRO}/`],
  ['cross-language: 稳定币 from an English page', 'en', '稳定币', `/en/articles/${FATF}/`],
  ['cross-language: 石油币 from an English page', 'en', '石油币', `/en/articles/${PETRO}/`],
  ['cross-language: Petro from a Chinese page', 'zh', 'Petro', `/zh/articles/${PETRO}/`],
  ['cross-language: Fincen from a Chinese page', 'zh', 'Fincen', `/zh/articles/${FATF}/`],
];

/**
 * The matrix runs twice: on the site as built (one search bundle per language) and on
 * the same content with each language split into bundles of three pages (as a site
 * past BUNDLE_PAGES is), which the browser searches together: a split index must
 * find and rank the same articles.
 */
const BUILDS = [
  ['one search bundle per language', {}],
  ['search bundles of three pages', { ZHIKU_SEARCH_BUNDLE_PAGES: '3' }],
] as const;

describe.runIf(browserAvailable())('query matrix on the sample articles', () => {
  let browser: Browser;
  const servers: StaticServer[] = [];
  let page: Page;

  beforeAll(async () => {
    const [launched, ...builds] = await Promise.all([launchBrowser(), ...BUILDS.map(([, env]) => buildSite(SAMPLE, env))]);
    browser = launched;
    for (const { outDir } of builds) servers.push(await serveStatic(outDir));
    page = await browser.newPage();
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), ...servers.map((server) => server.close())]);
  });

  /** The first three results of the search page for a query. */
  async function top3(server: StaticServer, locale: string, query: string): Promise<string[]> {
    await page.goto(`${server.url}/${locale}/search/?q=${encodeURIComponent(query)}`);
    const status = page.locator('main .search-status');
    await expect
      .poll(async () => (await status.textContent()) !== '' && (await status.getAttribute('aria-busy')) === null, { timeout: 15_000 })
      .toBe(true);
    return page
      .locator('main .search-result-title')
      .evaluateAll((links) => links.slice(0, 3).map((a) => (a as HTMLAnchorElement).pathname));
  }

  it('splits the second build into several bundles per language, listed for the browser', async () => {
    const response = await fetch(`${servers[1]!.url}/pagefind/bundles.json`);
    const bundles = (await response.json()) as Record<string, string[]>;
    expect(bundles.en!.length).toBeGreaterThanOrEqual(3);
    expect(bundles.zh!.length).toBeGreaterThanOrEqual(3);
    expect(await (await fetch(`${servers[0]!.url}/pagefind/bundles.json`)).json()).toEqual({
      en: ['/pagefind/en/'],
      zh: ['/pagefind/zh/'],
    });
  });

  describe.each(BUILDS.map(([name], i) => [name, i] as const))('%s', (_name, i) => {
    it.each(MATRIX)('%s: %s page, %s', async (_kind, locale, query, expected) => {
      expect(await top3(servers[i]!, locale, query)).toContain(expected);
    });
  });
});
