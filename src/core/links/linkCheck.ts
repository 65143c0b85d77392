import { sitePathOf, withBase } from './urls';

/** One built page as the link checker sees it. */
export interface CheckedPage {
  /** The URL it answers at, e.g. `/en/articles/a/` or `/404.html`. */
  url: string;
  /** Every id (and `<a name>`) on the page: the fragments a link may point to. */
  anchors: ReadonlySet<string>;
  /** Every URL the page refers to, with the element it came from, e.g. `a[href]`. */
  links: readonly { url: string; from: string }[];
}

export interface BrokenLink {
  page: string;
  url: string;
  from: string;
  reason: string;
}

/** URLs the checker does not follow: other schemes, and protocol-relative links elsewhere. */
const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/**
 * Finds the internal links of a built site that lead nowhere: to a page or
 * file that was not built, or to a `#fragment` the target page lacks.
 * Absolute URLs on the site's own origin (canonical, hreflang, og:url) are
 * internal too. `files` holds every built file path, e.g. `/_astro/a.css`. A site built for a
 * `base` path (content/site.yaml) links under it: a link outside it leads nowhere.
 * @example checkLinks([{ url: '/en/', anchors: new Set(), links: [{ url: '/zh/', from: 'a[href]' }] }], new Set(), 'https://x.org')
 *   => [{ page: '/en/', url: '/zh/', from: 'a[href]', reason: 'no such page' }]
 */
export function checkLinks(pages: readonly CheckedPage[], files: ReadonlySet<string>, site: string, base = '/'): BrokenLink[] {
  const origin = new URL(site).origin;
  const byUrl = new Map(pages.map((p) => [p.url, p]));
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    for (const link of page.links) {
      const raw = link.url.trim();
      if (!raw || (EXTERNAL.test(raw) && !raw.startsWith(origin))) continue;
      const target = new URL(raw, `${origin}${withBase(page.url, base)}`);
      if (target.origin !== origin) continue;
      const inSite = sitePathOf(target.pathname, base);
      if (inSite === undefined) {
        broken.push({ page: page.url, ...link, reason: `outside the base path ${base}` });
        continue;
      }
      let path: string;
      let fragment: string;
      try {
        path = decodeURIComponent(inSite);
        fragment = decodeURIComponent(target.hash.slice(1));
      } catch {
        broken.push({ page: page.url, ...link, reason: 'badly encoded' });
        continue;
      }
      const found = byUrl.get(path) ?? byUrl.get(`${path}/`) ?? byUrl.get(path.replace(/index\.html$/, ''));
      if (!found) {
        if (!files.has(path)) broken.push({ page: page.url, ...link, reason: path.endsWith('/') ? 'no such page' : 'no such file' });
        continue;
      }
      if (fragment && !found.anchors.has(fragment))
        broken.push({ page: page.url, ...link, reason: `no element with id "${fragment}" on ${found.url}` });
    }
  }
  return broken;
}

/**
 * The report of a link check, one broken link per line.
 * @example formatBrokenLinks([{ page: '/en/', url: '/x/', from: 'a[href]', reason: 'no such page' }]) => '1 broken link:\n  /en/ → /x/ (a[href]): no such page'
 */
export function formatBrokenLinks(broken: readonly BrokenLink[]): string {
  const head = broken.length === 1 ? '1 broken link:' : `${broken.length} broken links:`;
  return [head, ...broken.map((b) => `  ${b.page} → ${b.url} (${b.from}): ${b.reason}`)].join('\n');
}
