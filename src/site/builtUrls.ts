import { existsSync, readdirSync, readFileSync, type Dirent } from 'node:fs';
import { entriesUnder } from './folderEntries';
import { join, relative } from 'node:path';
import { LOCALES } from '../core/language/locales';
import type { BuiltUrls } from '../core/links/urlLock';
import { pagefindRootUrl, robotsUrl, rssUrl, sitemapUrl } from '../core/links/urls';

/** A page whose only job is to send the reader elsewhere. */
const META_REFRESH = /<meta\s+http-equiv=["']?refresh/i;

/**
 * Every entry under a built site folder but the search's: no page is there, and the search may still
 * be writing it while the URL lock is checked (integrations/permalinks.ts).
 */
function siteEntries(dir: string): Dirent[] {
  const search = pagefindRootUrl().replace(/^\/|\/$/g, '');
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (!entry.isDirectory()) return [entry];
    return entry.name === search ? [] : [entry, ...entriesUnder(join(dir, entry.name))];
  });
}

/** Reads a built site folder and sorts its URLs into pages, redirects and files. */
export function builtUrls(dir: string): BuiltUrls {
  const pages: string[] = [];
  const redirects: string[] = [];
  for (const entry of siteEntries(dir)) {
    if (!entry.isFile() || entry.name !== 'index.html') continue;
    const file = join(entry.parentPath, entry.name);
    const url = `/${relative(dir, entry.parentPath).replace(/\\/g, '/')}/`.replace(/^\/\/$/, '/');
    (META_REFRESH.test(readFileSync(file, 'utf8').slice(0, 2048)) ? redirects : pages).push(url);
  }
  const candidates = [...LOCALES.map(rssUrl), sitemapUrl(), robotsUrl()];
  const files = candidates.filter((u) => existsSync(join(dir, u)));
  return { pages: pages.sort(), redirects: redirects.sort(), files: files.sort() };
}
