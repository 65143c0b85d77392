import { readdir, readFile } from 'node:fs/promises';
import { join, posix, relative } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { isContentHashed } from '../../src/core/build/contentHashedFile';
import { cspHash, metaContentSecurityPolicy, SITE_CONTENT_SECURITY_POLICY } from '../../src/core/headers/contentSecurityPolicy';
import { headersForPath, type StaticHost } from '../../src/core/headers/headerRuleMatch';
import { parseHeadersFile } from '../../src/core/headers/headersFile';
import { IMMUTABLE, REVALIDATE } from '../../src/core/headers/siteHeaders';
import { SITE_INLINE_CODE } from '../../src/core/headers/siteInlineCode';

// dist/_headers of the fixture build, read as Netlify and Cloudflare Pages read it, against every file of that build.
const outDir = inject('fixtureSiteDir');
const HOSTS: StaticHost[] = ['cloudflare', 'netlify'];

/** A built file and the path a host serves it at (a folder's index.html at the folder's URL). */
interface Served {
  file: string;
  path: string;
}

async function servedFiles(): Promise<Served[]> {
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => {
      const file = '/' + relative(outDir, join(e.parentPath, e.name)).split(/[\\/]/).join('/');
      return { file, path: file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

const [files, rules] = await Promise.all([servedFiles(), readFile(join(outDir, '_headers'), 'utf8').then(parseHeadersFile)]);
const csp = rules.find((r) => r.path === '/*')?.headers['Content-Security-Policy'];
/** The hashes a directive of the CSP lists, sorted. */
const hashesOf = (directive: string) =>
  (csp!.split('; ').find((d) => d.startsWith(`${directive} `)) ?? '')
    .split(' ')
    .filter((source) => source.startsWith("'sha256-"))
    .sort();
const pages = files.filter((f) => f.file.endsWith('.html'));
const hashed = files.filter((f) => isContentHashed(f.path));
const unhashed = files.filter((f) => !isContentHashed(f.path));

describe('dist/_headers on the fixture build', () => {
  it('sees a build with every kind of file', () => {
    expect(pages.length).toBeGreaterThan(10);
    expect(hashed.filter((f) => f.path.startsWith('/_astro/')).length).toBeGreaterThan(0);
    for (const ext of ['.pf_meta', '.pf_index', '.pf_fragment', '.pf_filter'])
      expect(hashed.filter((f) => f.path.endsWith(ext)).length).toBeGreaterThan(0);
    for (const name of ['pagefind.js', 'pagefind-entry.json', 'bundles.json', '_redirects', '_headers', 'sitemap-index.xml', 'rss.xml'])
      expect(
        unhashed.some((f) => posix.basename(f.path) === name),
        name,
      ).toBe(true);
    expect(csp).toBeDefined();
  });

  it('counts as hashed every file under /_astro/ and every Pagefind .pf_* file, and nothing else', () => {
    const expected = files.filter((f) => f.path.startsWith('/_astro/') || /\.pf_[a-z]+$/.test(f.path));
    expect(hashed.map((f) => f.path)).toEqual(expected.map((f) => f.path));
  });

  it.each(HOSTS)('%s: every content-hashed file is cached for good, by one rule', (host) => {
    const wrong = hashed.filter((f) => !equal(headersForPath(rules, f.path, host)['cache-control'], [IMMUTABLE]));
    expect(wrong.map((f) => describeHeaders(f.path, host))).toEqual([]);
  });

  it.each(HOSTS)('%s: no file with a fixed name is cached for good, and none gets two Cache-Control values', (host) => {
    const wrong = unhashed.filter((f) => {
      const cacheControl = headersForPath(rules, f.path, host)['cache-control'] ?? [];
      return cacheControl.length > 1 || cacheControl.some((v) => /immutable|max-age=[1-9]/.test(v));
    });
    expect(wrong.map((f) => describeHeaders(f.path, host))).toEqual([]);
  });

  it.each(HOSTS)(
    "%s: every page, Pagefind's entry files and the list of search bundles are revalidated, and every page gets the CSP",
    (host) => {
      const entries = files.filter((f) => ['pagefind.js', 'pagefind-entry.json', 'bundles.json'].includes(posix.basename(f.path)));
      expect(entries.length).toBeGreaterThan(1);
      const wrong = [...pages, ...entries].filter((f) => {
        const headers = headersForPath(rules, f.path, host);
        return !equal(headers['cache-control'], [REVALIDATE]) || !equal(headers['content-security-policy'], [csp!]);
      });
      expect(wrong.map((f) => describeHeaders(f.path, host))).toEqual([]);
    },
  );

  it("the CSP allows by hash exactly the inline scripts the site's own code emits, and every page's inline code is one of them", async () => {
    expect(csp).toBe(SITE_CONTENT_SECURITY_POLICY);
    expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
    expect(csp).not.toMatch(/(?:script-src|style-src) [^;]*'unsafe-(?:inline|hashes|eval)'/);
    expect(hashesOf('script-src')).toEqual(SITE_INLINE_CODE.scripts.map(cspHash).sort());
    expect(hashesOf('style-src')).toEqual([]);
    const own = new Set([...SITE_INLINE_CODE.scripts, ...SITE_INLINE_CODE.styles]);
    const unknown: string[] = [];
    const handlers: string[] = [];
    let seen = 0;
    for (const page of pages) {
      const root = parse(await readFile(join(outDir, page.file), 'utf8'));
      const code = [
        ...root.querySelectorAll('script').filter((s) => !s.hasAttribute('src') && !/json/.test(s.getAttribute('type') ?? '')),
        ...root.querySelectorAll('style'),
      ];
      for (const el of code) {
        seen += 1;
        if (!own.has(el.rawText)) unknown.push(`${page.path}: <${el.tagName.toLowerCase()}> ${el.rawText.trim().slice(0, 60)}`);
      }
      for (const el of root.querySelectorAll('*'))
        for (const name of Object.keys(el.attributes)) if (/^on/i.test(name)) handlers.push(`${page.path}: ${name}`);
    }
    expect(seen).toBeGreaterThan(pages.length);
    expect(unknown).toEqual([]);
    expect(handlers).toEqual([]);
  });

  it('adds no hash for a <script> or <style> that an article shows as text (a title, a code span)', async () => {
    // The fixture's hostile text reaches the pages, raw in attribute values (which HTML allows) and escaped in text.
    const tour = await readFile(join(outDir, 'en/articles/components-tour/index.html'), 'utf8');
    expect(tour).toContain(`content="Every component in one article, <script>alert('title')</script> included"`);
    expect(tour).toContain('&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;');
    const ledger = await readFile(join(outDir, 'zh/articles/ledger-pilot/index.html'), 'utf8');
    expect(ledger).toContain('<code>&lt;style&gt;body{display:none}&lt;/style&gt;</code>');
    expect(ledger).toMatch(/<meta name="description" content="[^"]*<style>body\{display:none\}<\/style>/);
    for (const text of ["alert('title')", 'body{display:none}']) expect(csp).not.toContain(cspHash(text));
    expect([...hashesOf('script-src'), ...hashesOf('style-src')]).toHaveLength(SITE_INLINE_CODE.scripts.length);
  });

  it("every page's head starts with the same policy as a <meta>, less what only a header can set", async () => {
    const meta = metaContentSecurityPolicy(csp!);
    expect(meta).not.toContain('frame-ancestors');
    const wrong: string[] = [];
    for (const page of pages) {
      const head = parse(await readFile(join(outDir, page.file), 'utf8')).querySelector('head');
      const policies = head?.querySelectorAll('meta[http-equiv="Content-Security-Policy"]') ?? [];
      const first = head?.querySelectorAll('meta[http-equiv="Content-Security-Policy"], script, style, link')[0];
      if (policies.length !== 1 || policies[0]!.getAttribute('content') !== meta || first !== policies[0]) wrong.push(page.path);
    }
    expect(wrong).toEqual([]);
  });
});

const equal = (a: readonly string[] | undefined, b: readonly string[]) => JSON.stringify(a) === JSON.stringify(b);

function describeHeaders(path: string, host: StaticHost): string {
  const headers = headersForPath(rules, path, host);
  return `${path}: Cache-Control ${JSON.stringify(headers['cache-control'] ?? [])}, CSP ${headers['content-security-policy'] ? 'set' : 'missing'}`;
}
