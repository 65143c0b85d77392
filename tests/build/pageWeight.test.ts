import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { pageBreakdown, utf8Bytes } from '../../bench/measure/pageBreakdown';

const outDir = inject('fixtureSiteDir');

/**
 * What an article page of the fixture may weigh besides its text (the `.prose` body): head,
 * header, footer, article facts, table of contents, lists. Today 7.3–7.9 KB, of which 0.35 KB is
 * the Content-Security-Policy <meta> for hosts that ignore _headers and 0.3 KB the link-preview
 * picture's tags (og:image with its size and alt text); 8.6–8.8 KB before the styles, scripts and
 * search strings moved into shared /_astro/ files. An inlined stylesheet (6 KB) or the old inline
 * scripts (1 KB) would break it.
 */
const ARTICLE_CHROME_MAX_BYTES = 8_000;
/** The pre-paint theme script, the one inline script an article page runs. */
const INLINE_SCRIPT_MAX_BYTES = 200;

async function pages(): Promise<{ path: string; html: string }[]> {
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
  return Promise.all(files.map(async (file) => ({ path: file.slice(outDir.length), html: await readFile(file, 'utf8') })));
}

async function articlePages() {
  return (await pages()).filter((p) => /^\/(en|zh)\/articles\//.test(p.path) && p.html.includes('data-pagefind-body'));
}

describe('page weight: what every page repeats comes from shared /_astro/ files', () => {
  it('finds the article pages of both languages', async () => {
    const paths = (await articlePages()).map((p) => p.path);
    expect(paths).toContain('/en/articles/stablecoin-risks/index.html');
    expect(paths).toContain('/zh/articles/stablecoin-risks/index.html');
  });

  it('no page carries an inline <style>', async () => {
    const styled = (await pages()).filter((p) => parse(p.html).querySelector('style')).map((p) => p.path);
    expect(styled).toEqual([]);
  });

  it('every article page links the same stylesheet, a content-hashed file in /_astro/', async () => {
    const sheets = new Set<string>();
    for (const { html } of await articlePages()) {
      const links = parse(html)
        .querySelectorAll('link[rel="stylesheet"]')
        .map((l) => l.getAttribute('href') ?? '');
      expect(links).toHaveLength(1);
      sheets.add(links[0]!);
    }
    expect([...sheets]).toEqual([expect.stringMatching(/^\/_astro\/[\w-]+\.[\w-]{8}\.css$/)]);
    expect(existsSync(join(outDir, [...sheets][0]!))).toBe(true);
  });

  it('article pages run their scripts from /_astro/ modules; only the tiny pre-paint theme script is inline', async () => {
    for (const { path, html } of await articlePages()) {
      const scripts = parse(html).querySelectorAll('script:not([type="application/ld+json"])');
      const inline = scripts.filter((s) => !s.getAttribute('src'));
      expect(inline, path).toHaveLength(1);
      expect(inline[0]!.closest('head'), path).not.toBeNull();
      expect(utf8Bytes(inline[0]!.outerHTML), path).toBeLessThanOrEqual(INLINE_SCRIPT_MAX_BYTES);
      for (const s of scripts.filter((s) => s.getAttribute('src'))) {
        expect(s.getAttribute('type'), path).toBe('module');
        expect(s.getAttribute('src'), path).toMatch(/^\/_astro\/[\w-]+\.[\w-]{8}\.js$/);
        expect(existsSync(join(outDir, s.getAttribute('src')!)), path).toBe(true);
      }
    }
  });

  it('the search box carries its locale only (its UI strings are bundled with the search code)', async () => {
    for (const { path, html } of await articlePages()) {
      const box = parse(html).querySelector('[data-search-box]');
      expect(Object.keys(box?.attributes ?? {}).sort(), path).toEqual([
        'action',
        'class',
        'data-locale',
        'data-search-box',
        'method',
        'role',
      ]);
    }
  });

  it(`an article page weighs at most ${ARTICLE_CHROME_MAX_BYTES} bytes besides its text`, async () => {
    const heavy = (await articlePages())
      .map(({ path, html }) => ({ path, chrome: utf8Bytes(html) - pageBreakdown(html)['article body'] }))
      .filter((p) => p.chrome > ARTICLE_CHROME_MAX_BYTES);
    expect(heavy).toEqual([]);
  });
});

describe('pageBreakdown', () => {
  it('gives every byte to exactly one part, the innermost named one', () => {
    const html =
      '<html><head><style>p{}</style><script>1</script></head><body><header class="site-header"><form data-search-box>x</form></header>' +
      '<div class="prose"><p>知库</p></div></body></html>';
    const parts = pageBreakdown(html);
    expect(parts['inline style']).toBe('<style>p{}</style>'.length);
    expect(parts['inline script']).toBe('<script>1</script>'.length);
    expect(parts['search box']).toBe('<form data-search-box>x</form>'.length);
    expect(parts['site header']).toBe('<header class="site-header"></header>'.length);
    expect(parts['article body']).toBe(utf8Bytes('<div class="prose"><p>知库</p></div>'));
    expect(Object.values(parts).reduce((a, b) => a + b, 0)).toBe(utf8Bytes(html));
  });
});
