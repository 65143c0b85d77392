import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  cspHash,
  HEADER_ONLY_DIRECTIVES,
  metaContentSecurityPolicy,
  SITE_CONTENT_SECURITY_POLICY,
  siteContentSecurityPolicy,
} from '../../../src/core/headers/contentSecurityPolicy';
import { LANDING_SCRIPT, landingScript, SITE_INLINE_CODE, THEME_SCRIPT } from '../../../src/core/headers/siteInlineCode';

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

describe("the site's policy", () => {
  const sources = (policy: string, name: string) =>
    policy
      .split('; ')
      .find((d) => d.startsWith(`${name} `))
      ?.split(' ')
      .slice(1);

  it("allows by hash exactly the inline scripts the site's own components emit, and no inline style", () => {
    expect(SITE_INLINE_CODE.scripts).toEqual([THEME_SCRIPT, LANDING_SCRIPT]);
    expect(sources(SITE_CONTENT_SECURITY_POLICY, 'script-src')).toEqual([
      "'self'",
      "'wasm-unsafe-eval'",
      ...[cspHash(THEME_SCRIPT), cspHash(LANDING_SCRIPT)].sort(),
    ]);
    expect(sources(SITE_CONTENT_SECURITY_POLICY, 'style-src')).toEqual(["'self'"]);
  });

  it('keeps the theme script one short line, and both scripts valid JavaScript', () => {
    expect(THEME_SCRIPT).not.toMatch(/\n/);
    expect(THEME_SCRIPT.length).toBeLessThan(200);
    for (const script of SITE_INLINE_CODE.scripts) expect(() => new Function(script)).not.toThrow();
  });

  it('sends each reader of the landing page to a home the site has', () => {
    const run = (stored: string | null, languages: string[], search = '', script = LANDING_SCRIPT) => {
      let went: string | undefined;
      const env = {
        localStorage: { getItem: () => stored },
        navigator: { languages, language: languages[0] },
        location: { search, replace: (url: string) => (went = url) },
      };
      new Function('localStorage', 'navigator', 'location', script)(env.localStorage, env.navigator, env.location);
      return went;
    };
    expect(run('zh', ['en-US'])).toBe('/zh/');
    expect(run(null, ['fr-FR', 'zh-TW', 'en'])).toBe('/zh/');
    expect(run('toString', ['en-GB'])).toBe('/en/');
    expect(run(null, ['fr'])).toBeUndefined();
    expect(run('en', ['en'], '?choose')).toBeUndefined();
    // A site served under a base path sends readers to the homes under it, and the policy allows that script.
    expect(run('zh', ['en-US'], '', landingScript('/kb/'))).toBe('/kb/zh/');
    expect(run(null, ['en-GB'], '', landingScript('/a/b/'))).toBe('/a/b/en/');
    expect(sources(siteContentSecurityPolicy('/kb/'), 'script-src')).toContain(cspHash(landingScript('/kb/')));
    expect(siteContentSecurityPolicy('/')).toBe(SITE_CONTENT_SECURITY_POLICY);
  });
});

describe('metaContentSecurityPolicy', () => {
  it.each([
    ["default-src 'self'; frame-ancestors 'self'", "default-src 'self'"],
    ["default-src 'self'; report-uri /csp; sandbox allow-scripts; img-src https:", "default-src 'self'; img-src https:"],
    ["FRAME-ANCESTORS 'none'; script-src 'self';", "script-src 'self'"],
    ["script-src 'self'", "script-src 'self'"],
  ])('%j => %j', (policy, meta) => {
    expect(metaContentSecurityPolicy(policy)).toBe(meta);
  });

  it("keeps every directive of the site's policy but those only a header can set", () => {
    const names = (policy: string) => policy.split('; ').map((d) => d.split(' ')[0]);
    const meta = metaContentSecurityPolicy(SITE_CONTENT_SECURITY_POLICY);
    expect(names(meta)).toEqual(names(SITE_CONTENT_SECURITY_POLICY).filter((n) => n !== 'frame-ancestors'));
    for (const name of HEADER_ONLY_DIRECTIVES) expect(meta).not.toContain(name);
  });
});
