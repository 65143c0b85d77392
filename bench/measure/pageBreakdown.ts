import { readFile } from 'node:fs/promises';
import { parse, type HTMLElement } from 'node-html-parser';
import { median } from '../budgets';

/**
 * The parts of an article page, each matched by a selector; the first part that
 * matches an element claims its bytes, so no byte is counted twice. What no
 * part claims (the document's own tags, whitespace between elements) is `other`.
 */
const PARTS = [
  ['inline style', 'style'],
  ['JSON-LD', 'script[type="application/ld+json"]'],
  ['inline script', 'script:not([src])'],
  ['script tags (src)', 'script[src]'],
  ['stylesheet links', 'link[rel="stylesheet"]'],
  ['svg', 'svg'],
  ['search box', '[data-search-box]'],
  ['site header', '.site-header'],
  ['skip link', '.skip-link'],
  ['footer', '.site-footer'],
  ['head: canonical, hreflang, feed', 'head link'],
  ['head: title, meta', 'head title, head meta'],
  ['article header', '.article-header'],
  ['search fields', '[data-pagefind-meta], [data-pagefind-filter], [data-pagefind-sort]'],
  ['table of contents', '.toc'],
  ['notices', '.notice, .brief-notice'],
  ['article body', '.prose'],
  ['backlinks', '.backlinks'],
  ['related', '.related'],
] as const;

export type PagePart = (typeof PARTS)[number][0] | 'other';

/** UTF-8 bytes of a string. @example utf8Bytes('知') => 3 */
export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/**
 * Splits an HTML page's UTF-8 bytes into the parts a reader, a crawler or a script uses.
 * @example pageBreakdown('<p class="prose">hi</p>') => { 'article body': 23, other: 0, … }
 */
export function pageBreakdown(html: string): Record<PagePart, number> {
  const root = parse(html, { comment: true });
  const claimed = new Set<HTMLElement>();
  const sizes = Object.fromEntries([...PARTS.map(([name]) => [name, 0]), ['other', 0]]) as Record<PagePart, number>;
  const bytesOf = (el: HTMLElement) => utf8Bytes(html.slice(el.range[0], el.range[1]));
  /** The nearest claimed ancestor of an element, below `limit` (exclusive). */
  const claimedAncestor = (el: HTMLElement, limit?: HTMLElement) => {
    for (let p = el.parentNode; p && p !== limit; p = p.parentNode) if (claimed.has(p)) return p;
    return undefined;
  };
  for (const [name, selector] of PARTS) {
    for (const el of root.querySelectorAll(selector)) {
      if (claimed.has(el) || claimedAncestor(el)) continue;
      // Parts already claimed inside this one keep their bytes: subtract the outermost of them.
      const inner = [...claimed].filter((c) => el.range[0] <= c.range[0] && c.range[1] <= el.range[1] && !claimedAncestor(c, el));
      sizes[name] += bytesOf(el) - inner.reduce((n, c) => n + bytesOf(c), 0);
      claimed.add(el);
    }
  }
  const total = utf8Bytes(html);
  sizes.other = total - Object.values(sizes).reduce((a, b) => a + b, 0);
  return sizes;
}

// npx tsx bench/measure/pageBreakdown.ts <page.html>…: the median of each part over the pages.
if (import.meta.url === `file://${process.argv[1]}`) {
  const files = process.argv.slice(2);
  const pages = await Promise.all(files.map(async (f) => ({ html: await readFile(f, 'utf8') })));
  const breakdowns = pages.map((p) => ({ ...pageBreakdown(p.html), total: utf8Bytes(p.html) }));
  const keys = Object.keys(breakdowns[0] ?? {}) as (keyof (typeof breakdowns)[number])[];
  console.log(`${files.length} pages, median bytes per part:`);
  for (const key of keys) console.log(`${String(median(breakdowns.map((b) => b[key]))).padStart(8)}  ${key}`);
}
