import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LOCALES } from '../core/locales';
import { isPaginatedPath, robotsUrl, rssUrl, sitemapUrl } from '../core/urls';

/** The URLs a built site answers, by kind. */
export interface BuiltUrls {
  /** Real pages (`…/index.html`), as directory URLs. */
  pages: string[];
  /** Alias pages that only redirect. */
  redirects: string[];
  /** Feeds, sitemap and robots.txt that exist. */
  files: string[];
}

/** A page whose only job is to send the reader elsewhere. */
const META_REFRESH = /<meta\s+http-equiv=["']?refresh/i;

/** Reads a built site folder and sorts its URLs into pages, redirects and files. */
export function builtUrls(dir: string): BuiltUrls {
  const pages: string[] = [];
  const redirects: string[] = [];
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name !== 'index.html') continue;
    const file = join(entry.parentPath, entry.name);
    const url = `/${relative(dir, entry.parentPath).replace(/\\/g, '/')}/`.replace(/^\/\/$/, '/');
    (META_REFRESH.test(readFileSync(file, 'utf8').slice(0, 2048)) ? redirects : pages).push(url);
  }
  const candidates = [...LOCALES.map(rssUrl), sitemapUrl(), robotsUrl()];
  const files = candidates.filter((u) => existsSync(join(dir, u)));
  return { pages: pages.sort(), redirects: redirects.sort(), files: files.sort() };
}

/**
 * The URLs that belong in the lock: real pages except later pages of lists, plus feeds.
 * @example lockableUrls({ pages: ['/en/', '/en/archive/2/'], redirects: ['/en/articles/old/'], files: ['/en/rss.xml'] }) => ['/en/', '/en/rss.xml']
 */
export function lockableUrls(built: BuiltUrls): string[] {
  return [...built.pages.filter((p) => !isPaginatedPath(p)), ...built.files].sort();
}

/** Every URL a visitor can still open: pages, redirects and files. */
export function answeredUrls(built: BuiltUrls): Set<string> {
  return new Set([...built.pages, ...built.redirects, ...built.files]);
}
