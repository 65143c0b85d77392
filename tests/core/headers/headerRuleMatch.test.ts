import { describe, expect, it } from 'vitest';
import { headersForPath, ruleMatches, type StaticHost } from '../../../src/core/headers/headerRuleMatch';
import type { HeaderRule } from '../../../src/core/headers/headersFile';

const BOTH: StaticHost[] = ['cloudflare', 'netlify'];

describe('ruleMatches, the same on both hosts', () => {
  it.each([
    ['/_astro/*', '/_astro/a.B_z8_O92.css', true],
    ['/_astro/*', '/_astro/deep/a.B_z8_O92.css', true],
    ['/_astro/*', '/astro/a.css', false],
    ['/*.pf_index', '/pagefind/index/en_e76e908.pf_index', true],
    ['/*.pf_index', '/pagefind/en/index/en_e76e908.pf_index', true],
    ['/*.pf_index', '/pagefind/pagefind-entry.json', false],
    ['/*.pf_meta', '/pagefind/pagefind.en_7edfb8a0e1.pf_meta', true],
    ['/*/pagefind.js', '/pagefind/pagefind.js', true],
    ['/*/pagefind.js', '/pagefind/en/pagefind.js', true],
    ['/*/pagefind.js', '/pagefind/pagefind-worker.js', false],
    ['/', '/', true],
    ['/', '/en/', false],
    ['/404.html', '/404.html', true],
    ['/en/*', '/en/', true],
    ['/en/*', '/en/articles/a/', true],
    ['/en/*', '/zh/articles/a/', false],
    ['/movies/:title', '/movies/up', true],
    ['/movies/:title', '/movies/up/extra', false],
  ])('%s on %s: %s', (pattern, path, expected) => {
    for (const host of BOTH) expect(ruleMatches(pattern, path, host), host).toBe(expected);
  });
});

describe('ruleMatches, where the hosts differ', () => {
  it.each([
    // Netlify: a trailing slash is optional and case is ignored; Cloudflare matches the path as written.
    ['/404.html', '/404.html/', { cloudflare: false, netlify: true }],
    ['/en/*', '/EN/articles/', { cloudflare: false, netlify: true }],
    // Netlify: a segment that is only * may be empty, so /en/* also answers /en.
    ['/en/*', '/en', { cloudflare: false, netlify: true }],
    // Netlify reads the rest of a segment with * as a regular expression: the dot matches any character.
    ['/*.pf_meta', '/pagefind/x_pf_meta', { cloudflare: false, netlify: true }],
    // Cloudflare drops a pattern with two splats; Netlify reads it.
    ['/*/x/*', '/a/x/b', { cloudflare: false, netlify: true }],
    // /*/ is /* on Netlify, which drops the trailing slash of patterns.
    ['/*/', '/_astro/a.css', { cloudflare: false, netlify: true }],
  ])('%s on %s', (pattern, path, expected) => {
    for (const host of BOTH) expect(ruleMatches(pattern, path, host), host).toBe(expected[host]);
  });
});

describe('headersForPath', () => {
  const rules: HeaderRule[] = [
    { path: '/*', headers: { 'Content-Security-Policy': "default-src 'self'" } },
    { path: '/_astro/*', headers: { 'Cache-Control': 'immutable' } },
    { path: '/*.css', headers: { 'cache-control': 'max-age=60' } },
  ];

  it('collects every matching rule in file order, by lower-case name', () => {
    expect(headersForPath(rules, '/_astro/a.js', 'cloudflare')).toEqual({
      'content-security-policy': ["default-src 'self'"],
      'cache-control': ['immutable'],
    });
    expect(headersForPath(rules, '/_astro/a.css', 'netlify')).toEqual({
      'content-security-policy': ["default-src 'self'"],
      'cache-control': ['immutable', 'max-age=60'],
    });
    expect(headersForPath(rules.slice(1), '/en/', 'cloudflare')).toEqual({});
  });
});
