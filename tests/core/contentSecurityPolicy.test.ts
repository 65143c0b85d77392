import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, cspHash } from '../../src/core/contentSecurityPolicy';
import { inlineCode } from '../../src/core/inlineCode';

describe('inlineCode', () => {
  it.each([
    ['<script>a()</script>', ['a()']],
    ['<script type="module">import "x"</script>', ['import "x"']],
    ["<script type='text/javascript'>b()</script>", ['b()']],
    ['<script type=importmap>{}</script>', ['{}']],
    ['<SCRIPT>\n  c()\n</SCRIPT >', ['\n  c()\n']],
    ['<script></script>', ['']],
    // Not run from the page's text: external scripts and data blocks.
    ['<script type="module" src="/_astro/a.js"></script>', []],
    ['<script src=/x.js>ignored()</script>', []],
    ['<script type="application/ld+json">{"@type":"Article"}</script>', []],
    ['<script type="application/json">{}</script>', []],
    // data-src is not src.
    ['<script data-src="/x.js">d()</script>', ['d()']],
  ])('scripts of %j', (html, scripts) => {
    expect(inlineCode(html).scripts).toEqual(scripts);
  });

  it('finds <style> elements, text as written, and not style attributes', () => {
    expect(inlineCode('<style>p{color:red}</style><p style="text-align: center">x</p><style media="print">\nb{}\n</style>').styles).toEqual(
      ['p{color:red}', '\nb{}\n'],
    );
  });
});

describe('cspHash', () => {
  it('is the base64 SHA-256 of the exact text, quoted as a CSP source', () => {
    const text = "(() => { document.documentElement.dataset.theme = 'dark'; })();\n  ";
    expect(cspHash(text)).toBe(`'sha256-${createHash('sha256').update(text).digest('base64')}'`);
    // UTF-8 bytes, as the browser hashes them (checked with openssl dgst -sha256 -binary | base64).
    expect(cspHash('é')).toBe("'sha256-SplVfkAzw1Od4utlRyAXytX5VX96BiWgnxw/biumnEw='");
    expect(cspHash('a')).not.toBe(cspHash('a '));
  });
});

describe('contentSecurityPolicy', () => {
  const directives = (policy: string) => new Map(policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));

  it('allows the site itself, WebAssembly, and the given inline code by hash, once each, in a stable order', () => {
    const policy = directives(contentSecurityPolicy({ scripts: ['b()', 'a()', 'b()'], styles: ['p{}'] }));
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", ...[cspHash('a()'), cspHash('b()')].sort()]);
    expect(policy.get('style-src')).toEqual(["'self'", cspHash('p{}')]);
    expect(policy.get('style-src-attr')).toEqual(["'unsafe-inline'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'self'"]);
  });

  it('never allows inline scripts wholesale or eval', () => {
    const policy = contentSecurityPolicy({ scripts: ['x()'], styles: [] });
    const scriptSrc = directives(policy).get('script-src')!;
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(scriptSrc).not.toContain("'unsafe-eval'");
    expect(directives(policy).get('style-src')).toEqual(["'self'"]);
  });
});
