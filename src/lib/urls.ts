import type { Locale } from './locales';

/**
 * The one URL builder. Every internal link on the site, in feeds and in the
 * sitemap is made here, so the URL scheme lives in a single place.
 * All paths end with a slash because the site is built as directories.
 */

/** @example homeUrl('zh') => '/zh/' */
export function homeUrl(locale: Locale): string {
  return `/${locale}/`;
}

/** @example articleUrl('en', 'fed-stablecoin') => '/en/articles/fed-stablecoin/' */
export function articleUrl(locale: Locale, slug: string, fragment?: string): string {
  const hash = fragment ? `#${encodeURIComponent(fragment)}` : '';
  return `/${locale}/articles/${slug}/${hash}`;
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

/** Makes a site-relative path absolute against the configured site URL. @example absoluteUrl('/en/', 'https://x.org') => 'https://x.org/en/' */
export function absoluteUrl(path: string, site: string | URL): string {
  return new URL(path, site).href;
}
