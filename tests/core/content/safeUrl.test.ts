import { describe, expect, it } from 'vitest';
import { isWebAddress, normalisedUrl, srcsetUrls, unsafeUrlMessage, urlVerdict } from '../../../src/core/content/safeUrl';

describe('urlVerdict: the one decision of which addresses an article may use', () => {
  it.each([
    ['https://example.org/a?b=1#c', 'web'],
    ['http://example.org', 'web'],
    ['HTTPS://EXAMPLE.ORG', 'web'],
    ['//example.org/x', 'web'],
    ['mailto:editor@example.org', 'mailto'],
    ['/en/articles/fatf-travel-rule/', 'site path'],
    ['../../topics/regulation/', 'relative'],
    ['../zh/other.md', 'relative'],
    ['other', 'relative'],
    ['', 'relative'],
    ['#section-2', 'fragment'],
    ['[[fatf-travel-rule]]', 'wikilink'],
    ['[[zh:fatf-travel-rule#intro|the rule]]', 'wikilink'],
    ['https://en.wikipedia.org/wiki/Talk%3AFoo', 'web'],
  ])('allows %j as a %s address', (url, kind) => {
    expect(urlVerdict(url)).toEqual({ ok: true, kind });
  });

  it.each([
    ['javascript:alert(1)', 'javascript'],
    ['JaVaScRiPt:alert(1)', 'javascript'],
    [' javascript:alert(1)', 'javascript'],
    ['\u0001javascript:alert(1)', 'javascript'],
    ['java\tscript:alert(1)', 'javascript'],
    ['java\nscript:alert(1)', 'javascript'],
    ['javascript&colon;alert(1)', 'javascript'],
    ['javascript&#58;alert(1)', 'javascript'],
    ['javascript&#x3a;alert(1)', 'javascript'],
    ['javascript&#x3A alert(1)', 'javascript'],
    ['&#106;avascript:alert(1)', 'javascript'],
    ['java&Tab;script:alert(1)', 'javascript'],
    ['javascript&amp;colon;alert(1)', 'javascript'],
    ['javascript%3Aalert(1)', 'javascript'],
    ['%6Aavascript:alert(1)', 'javascript'],
    ['javascript://example.org/%0aalert(1)', 'javascript'],
    ['vbscript:msgbox(1)', 'vbscript'],
    ['VBScript:msgbox(1)', 'vbscript'],
    ['data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', 'data'],
    ['DATA:image/svg+xml,<svg onload=alert(1)>', 'data'],
    ['file:///etc/passwd', 'file'],
    ['ftp://example.org/', 'ftp'],
    ['blob:https://example.org/x', 'blob'],
  ])('refuses %j for its scheme %s', (url, scheme) => {
    expect(urlVerdict(url)).toEqual({ ok: false, scheme });
  });
});

describe('normalisedUrl', () => {
  it.each([
    [' JaVa&#x09;ScRiPt&colon;alert(1)', 'javascript:alert(1)'],
    ['https://Example.org/A', 'https://example.org/a'],
    ['java%0ascript:x', 'javascript:x'],
    ['%zz', '%zz'],
  ])('%j => %j', (url, normal) => {
    expect(normalisedUrl(url)).toBe(normal);
  });
});

describe('isWebAddress: what frontmatter `source.url` and the <Quote href> prop may be', () => {
  it.each([
    ['https://example.org/a', true],
    ['http://example.org', true],
    [' https://example.org ', true],
    ['javascript:alert(1)', false],
    ['data:text/html;base64,PHNjcmlwdD4=', false],
    ['javascript://example.org/%0aalert(1)', false],
    ['mailto:a@example.org', false],
    ['/en/articles/x/', false],
    ['//example.org', false],
    ['https://', false],
  ])('%j => %s', (url, web) => {
    expect(isWebAddress(url)).toBe(web);
  });
});

describe('srcsetUrls and unsafeUrlMessage', () => {
  it('reads the address of each srcset candidate, a data URL cut at its comma', () => {
    expect(srcsetUrls('a.png 1x, b.png 2x')).toEqual(['a.png', 'b.png']);
    expect(srcsetUrls('data:image/png;base64,AAAA 1x')).toEqual(['data:image/png;base64', 'AAAA']);
  });

  it('quotes the address, cut short when long', () => {
    expect(unsafeUrlMessage('vbscript:x', 'vbscript')).toBe('"vbscript:x" uses the scheme "vbscript:", which an article may not use');
    expect(unsafeUrlMessage(`data:text/html;base64,${'A'.repeat(500)}`, 'data')).toBe(
      `"data:text/html;base64,${'A'.repeat(38)}…" uses the scheme "data:", which an article may not use`,
    );
  });
});
