import { isLocale, type Locale } from '../language/locales';

/**
 * The one URL builder. Every internal link on the site, in feeds and in the
 * sitemap is made here, so the URL scheme lives in a single place.
 * All paths end with a slash because the site is built as directories.
 */

/** The folder of article pages inside each language: built, parsed and indexed from this one name. */
const ARTICLES = 'articles';
/** The folder of the glossary page inside each language. */
const GLOSSARY = 'glossary';
const ARTICLE_PATH = new RegExp(`^/([^/]+)/${ARTICLES}/([^/]+)/?$`);

/** @example homeUrl('zh') => '/zh/' */
export function homeUrl(locale: Locale): string {
  return `/${locale}/`;
}

/** @example articleUrl('en', 'fed-stablecoin') => '/en/articles/fed-stablecoin/' */
export function articleUrl(locale: Locale, slug: string, fragment?: string): string {
  const hash = fragment ? `#${encodeURIComponent(fragment)}` : '';
  return `/${locale}/${ARTICLES}/${slug}/${hash}`;
}

/** @example topicsUrl('en') => '/en/topics/' */
export function topicsUrl(locale: Locale): string {
  return `/${locale}/topics/`;
}

/** @example topicUrl('zh', 'regulation') => '/zh/topics/regulation/'; topicUrl('en', 'cbdc', 2) => '/en/topics/cbdc/2/' */
export function topicUrl(locale: Locale, topic: string, page = 1): string {
  return page > 1 ? `/${locale}/topics/${topic}/${page}/` : `/${locale}/topics/${topic}/`;
}

/** @example archiveUrl('en') => '/en/archive/'; archiveUrl('en', 2) => '/en/archive/2/' */
export function archiveUrl(locale: Locale, page = 1): string {
  return page > 1 ? `/${locale}/archive/${page}/` : `/${locale}/archive/`;
}

/** @example searchUrl('zh', '稳定币') => '/zh/search/?q=%E7%A8%B3...' */
export function searchUrl(locale: Locale, query?: string): string {
  return query ? `/${locale}/search/?q=${encodeURIComponent(query)}` : `/${locale}/search/`;
}

/** @example rssUrl('en') => '/en/rss.xml' */
export function rssUrl(locale: Locale): string {
  return `/${locale}/rss.xml`;
}

/**
 * The glossary page, or one term on it (its id is the anchor).
 * @example glossaryUrl('en') => '/en/glossary/'; glossaryUrl('zh', 'travel-rule') => '/zh/glossary/#travel-rule'
 */
export function glossaryUrl(locale: Locale, id?: string): string {
  return `/${locale}/${GLOSSARY}/${id ? `#${encodeURIComponent(id)}` : ''}`;
}

/** The forms of every glossary term, fetched by the search UI on its first search. @example glossaryDataUrl() => '/glossary.json' */
export function glossaryDataUrl(): string {
  return '/glossary.json';
}

/**
 * Where a file of the content folder's `media/` that articles link to (a PDF, say) is published, as it is:
 * the same path under the site's root, each part URL-encoded.
 * @example mediaUrl('media/reports/fatf 2019.pdf') => '/media/reports/fatf%202019.pdf'
 */
export function mediaUrl(contentPath: string): string {
  return `/${contentPath.split('/').map(encodeURIComponent).join('/')}`;
}

/** The folder of all Pagefind search bundles. @example pagefindRootUrl() => '/pagefind/' */
export function pagefindRootUrl(): string {
  return '/pagefind/';
}

/**
 * The folder of one language's Pagefind bundle: each language is indexed in a run of
 * its own (Pagefind's memory grows with the pages of one run), and the browser merges
 * the bundles when a reader searches every language.
 * @example pagefindUrl('zh') => '/pagefind/zh/'
 */
export function pagefindUrl(locale: Locale): string {
  return `${pagefindRootUrl()}${locale}/`;
}

/**
 * A base path the site can be served under: `/`, or segments of URL-safe characters, each
 * followed by a slash (no `.` or `..` segment, nothing to encode).
 * @example isBasePath('/kb/') => true; isBasePath('/kb') => false; isBasePath('/a b/') => false
 */
export function isBasePath(base: string): boolean {
  return /^\/(?:(?!\.{1,2}\/)[\w.~-]+\/)*$/.test(base);
}

/**
 * A site path (what this module builds: the path of a page in the built site) as a browser asks
 * for it when the site is served under `base` (content/site.yaml). Anything that is not a
 * site path (a fragment, a query, another origin, a relative path) comes back unchanged.
 * @example withBase('/en/articles/a/', '/kb/') => '/kb/en/articles/a/'; withBase('/en/', '/') => '/en/'; withBase('#top', '/kb/') => '#top'
 */
export function withBase(path: string, base: string): string {
  if (base === '/' || !path.startsWith('/') || path.startsWith('//')) return path;
  return `${base.replace(/\/$/, '')}${path}`;
}

/**
 * The site path a browser's path names under `base`: the inverse of withBase; undefined for a path outside it.
 * @example sitePathOf('/kb/en/', '/kb/') => '/en/'; sitePathOf('/kb', '/kb/') => '/'; sitePathOf('/en/', '/kb/') => undefined
 */
export function sitePathOf(path: string, base: string): string | undefined {
  if (base === '/') return path.startsWith('/') ? path : undefined;
  const prefix = base.replace(/\/$/, '');
  if (path === prefix) return '/';
  return path.startsWith(base) ? path.slice(prefix.length) : undefined;
}

/** Makes a site-relative path absolute against the configured site URL. @example absoluteUrl('/en/', 'https://x.org') => 'https://x.org/en/' */
export function absoluteUrl(path: string, site: string | URL): string {
  return new URL(path, site).href;
}

/** What a site path points at, as far as content is concerned. */
export type SitePath =
  { kind: 'article'; locale: Locale; slug: string } | { kind: 'topic'; locale: Locale; topic: string } | { kind: 'other' };

/**
 * Reads a site path back into what it names: the inverse of articleUrl/topicUrl.
 * Query and fragment are ignored; the missing trailing slash is tolerated.
 * @example parseSitePath('/zh/articles/cbdc-basics/#a') => { kind: 'article', locale: 'zh', slug: 'cbdc-basics' }
 */
export function parseSitePath(path: string): SitePath {
  const clean = path.replace(/[?#].*$/, '');
  const article = ARTICLE_PATH.exec(clean);
  if (article && isLocale(article[1])) return { kind: 'article', locale: article[1], slug: decodeURIComponent(article[2]!) };
  const topic = /^\/([^/]+)\/topics\/([^/]+)\/(?:\d+\/?)?$/.exec(clean.endsWith('/') ? clean : `${clean}/`);
  if (topic && isLocale(topic[1])) return { kind: 'topic', locale: topic[1], topic: decodeURIComponent(topic[2]!) };
  return { kind: 'other' };
}

/**
 * The same site path in another language: the first segment is the language.
 * Paths outside the language folders come back unchanged.
 * @example localizedPath('/en/topics/cbdc/', 'zh') => '/zh/topics/cbdc/'; localizedPath('/', 'zh') => '/'
 */
export function localizedPath(path: string, locale: Locale): string {
  const match = /^\/([^/]+)(\/.*)?$/.exec(path);
  return match && isLocale(match[1]) ? `/${locale}${match[2] ?? '/'}` : path;
}

/**
 * The pages of a built site that search indexes: the article pages and the glossary page of
 * each language (or of one), as a glob relative to its output folder. Fallback pages and
 * alias redirects match too; they carry no data-pagefind-body, so Pagefind leaves them out.
 * @example indexedPagesGlob() matches 'zh/articles/cbdc-basics/index.html' and 'en/glossary/index.html', not 'zh/topics/cbdc/index.html'
 * @example indexedPagesGlob('en') => 'en/{articles/**\/*.html,glossary/index.html}'
 */
export function indexedPagesGlob(locale?: Locale): string {
  return `${locale ?? '*'}/{${ARTICLES}/**/*.html,${GLOSSARY}/index.html}`;
}

/**
 * The page at a site path (decoded, as on disk) when the search of its language indexes it (what
 * indexedPagesGlob matches: an article page or the glossary page): that language and the page's
 * file in the built site. Undefined for every other page.
 * @example indexedPageFile('/zh/articles/cbdc-basics/') => { locale: 'zh', file: 'zh/articles/cbdc-basics/index.html' }
 * @example indexedPageFile('/en/glossary/') => { locale: 'en', file: 'en/glossary/index.html' }; indexedPageFile('/en/topics/') => undefined
 */
export function indexedPageFile(path: string): { locale: Locale; file: string } | undefined {
  const match = new RegExp(`^/([^/]+)/(${ARTICLES}/[^?#]+?|${GLOSSARY})/?$`).exec(path);
  if (!match || !isLocale(match[1])) return undefined;
  return { locale: match[1], file: `${match[1]}/${match[2]}/index.html` };
}

/** The sitemap index written by @astrojs/sitemap. @example sitemapUrl() => '/sitemap-index.xml' */
export function sitemapUrl(): string {
  return '/sitemap-index.xml';
}

/** The redirect map for static hosts that read one (Netlify, Cloudflare Pages). @example redirectsFileUrl() => '/_redirects' */
export function redirectsFileUrl(): string {
  return '/_redirects';
}

/** The response headers for static hosts that read one (Netlify, Cloudflare Pages). @example headersFileUrl() => '/_headers' */
export function headersFileUrl(): string {
  return '/_headers';
}

/**
 * Whether a path is page 2 or later of a paginated list: those pages shift as
 * articles are added, so they are not permalinks.
 * @example isPaginatedPath('/en/archive/2/') => true; isPaginatedPath('/en/articles/2019-report/') => false
 */
export function isPaginatedPath(path: string): boolean {
  return /^\/[^/]+\/(?:archive|topics\/[^/]+)\/\d+\/$/.test(path);
}

/** @example robotsUrl() => '/robots.txt' */
export function robotsUrl(): string {
  return '/robots.txt';
}
