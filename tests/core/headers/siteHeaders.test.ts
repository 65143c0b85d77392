import { describe, expect, it } from 'vitest';
import { isContentHashed } from '../../../src/core/build/contentHashedFile';
import { headersForPath, type StaticHost } from '../../../src/core/headers/headerRuleMatch';
import { headersFile } from '../../../src/core/headers/headersFile';
import { HASHED_PATTERNS, IMMUTABLE, REVALIDATE, siteHeaderRules } from '../../../src/core/headers/siteHeaders';

const CSP = "default-src 'self'";
const rules = siteHeaderRules(CSP);
const HOSTS: StaticHost[] = ['cloudflare', 'netlify'];

describe('siteHeaderRules', () => {
  it('is a valid _headers file', () => {
    expect(() => headersFile(rules)).not.toThrow();
  });

  it.each([
    ['/_astro/CommonHead.B_z8_O92.css', IMMUTABLE],
    ['/pagefind/pagefind.en_7edfb8a0e1.pf_meta', IMMUTABLE],
    ['/pagefind/index/en_e76e908.pf_index', IMMUTABLE],
    ['/pagefind/fragment/zh-cn_63c874b.pf_fragment', IMMUTABLE],
    ['/pagefind/filter/en_a471e21.pf_filter', IMMUTABLE],
    ['/pagefind/en/fragment/en_1528237.pf_fragment', IMMUTABLE],
    ['/', REVALIDATE],
    ['/404.html', REVALIDATE],
    ['/en/', REVALIDATE],
    ['/zh/articles/stablecoin-risks/', REVALIDATE],
    ['/en/rss.xml', REVALIDATE],
    ['/pagefind/pagefind.js', REVALIDATE],
    ['/pagefind/pagefind-entry.json', REVALIDATE],
    ['/pagefind/zh/pagefind-entry.json', REVALIDATE],
    ['/pagefind/zh-2/pagefind-entry.json', REVALIDATE],
    ['/pagefind/bundles.json', REVALIDATE],
    // Left to the host's default.
    ['/pagefind/wasm.en.pagefind', undefined],
    ['/sitemap-index.xml', undefined],
  ])('%s gets Cache-Control %s, and the CSP, on both hosts', (path, cacheControl) => {
    for (const host of HOSTS) {
      const headers = headersForPath(rules, path, host);
      expect(headers['cache-control'], host).toEqual(cacheControl && [cacheControl]);
      expect(headers['content-security-policy'], host).toEqual([CSP]);
    }
  });

  it.each([
    ['/kb/_astro/CommonHead.B_z8_O92.css', IMMUTABLE],
    ['/kb/pagefind/en/fragment/en_1528237.pf_fragment', IMMUTABLE],
    ['/kb/', REVALIDATE],
    ['/kb/404.html', REVALIDATE],
    ['/kb/zh/articles/stablecoin-risks/', REVALIDATE],
    ['/kb/pagefind/zh-2/pagefind-entry.json', REVALIDATE],
    ['/kb/pagefind/bundles.json', REVALIDATE],
    ['/kb/sitemap-index.xml', undefined],
  ])('under the base /kb/, %s gets Cache-Control %s, and the CSP, on both hosts', (path, cacheControl) => {
    const kb = siteHeaderRules(CSP, '/kb/');
    for (const host of HOSTS) {
      const headers = headersForPath(kb, path, host);
      expect(headers['cache-control'], host).toEqual(cacheControl && [cacheControl]);
      expect(headers['content-security-policy'], host).toEqual([CSP]);
    }
    expect(kb.every((rule) => rule.path.startsWith('/kb/'))).toBe(true);
    expect(headersForPath(kb, '/en/', 'cloudflare')).toEqual({});
  });

  it('its immutable patterns agree with isContentHashed on typical names', () => {
    const immutable = rules.filter((r) => r.headers['Cache-Control'] === IMMUTABLE).map((r) => r.path);
    expect(immutable).toEqual([...HASHED_PATTERNS]);
    expect(isContentHashed('/_astro/a.B_z8_O92.js')).toBe(true);
  });
});
