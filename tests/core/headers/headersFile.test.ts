import { describe, expect, it } from 'vitest';
import { headersFile, parseHeadersFile, type HeaderRule } from '../../../src/core/headers/headersFile';

describe('headersFile', () => {
  it('writes each rule as its pattern, its headers indented below, and its comment above', () => {
    const rules: HeaderRule[] = [
      { path: '/*', headers: { 'X-Content-Type-Options': 'nosniff' }, comment: 'Everything' },
      { path: '/_astro/*', headers: { 'Cache-Control': 'public, max-age=31536000, immutable', 'X-A': 'a: b' } },
    ];
    expect(headersFile(rules)).toBe(
      '# Everything\n/*\n  X-Content-Type-Options: nosniff\n\n/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n  X-A: a: b\n',
    );
  });

  it('reads back what it writes', () => {
    const rules: HeaderRule[] = [
      { path: '/', headers: { 'Content-Security-Policy': "default-src 'self'; img-src https:" } },
      { path: '/en/*', headers: { 'Cache-Control': 'max-age=0' } },
    ];
    expect(parseHeadersFile(headersFile(rules))).toEqual(rules);
  });

  it.each([
    [{ path: 'en/*', headers: { A: '1' } }, 'must be a site path starting with /'],
    [{ path: '/a b', headers: { A: '1' } }, 'without spaces'],
    [{ path: '/*/x/*', headers: { A: '1' } }, 'more than one *'],
    [{ path: '/x', headers: {} }, 'sets no header'],
    [{ path: '/x', headers: { 'Bad Name': '1' } }, 'not a valid header name'],
    [{ path: '/x', headers: { A: 'one\ntwo' } }, 'must be one non-empty line'],
    [{ path: '/x', headers: { A: ' ' } }, 'must be one non-empty line'],
    [{ path: '/x', headers: { A: 'x'.repeat(2000) } }, 'reads at most 2000'],
  ])('refuses a rule a host would drop: %j', (rule, message) => {
    expect(() => headersFile([rule])).toThrow(message);
  });

  it('refuses more rules than Cloudflare Pages reads', () => {
    const rules = Array.from({ length: 101 }, (_, i) => ({ path: `/${i}`, headers: { A: '1' } }));
    expect(() => headersFile(rules)).toThrow('101 rules; Cloudflare Pages reads at most 100');
    expect(() => headersFile(rules.slice(0, 100))).not.toThrow();
  });
});

describe('parseHeadersFile', () => {
  it('skips comments and blank lines, trims, and joins a header given twice in one rule', () => {
    const text = '# caching\n\n/static/*\n  X-Robots-Tag: nosnippet\n\tX-Robots-Tag: noindex  \n\n/a\n  B:c\n';
    expect(parseHeadersFile(text)).toEqual([
      { path: '/static/*', headers: { 'X-Robots-Tag': 'nosnippet, noindex' } },
      { path: '/a', headers: { B: 'c' } },
    ]);
  });

  it('names the line it cannot place', () => {
    expect(() => parseHeadersFile('  Cache-Control: no-store\n')).toThrow('_headers line 1: expected a path');
    expect(() => parseHeadersFile('/a\n  no colon here\n')).toThrow('_headers line 2');
  });
});
