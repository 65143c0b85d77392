import { existsSync, readFileSync } from 'node:fs';
import { entriesUnder } from './folderEntries';
import { join, relative } from 'node:path';
import { LOCALES } from '../core/language/locales';
import type { BuiltUrls } from '../core/links/urlLock';
import { robotsUrl, rssUrl, sitemapUrl } from '../core/links/urls';

/** A page whose only job is to send the reader elsewhere. */
const META_REFRESH = /<meta\s+http-equiv=["']?refresh/i;

/** Reads a built site folder and sorts its URLs into pages, redirects and files. */
export function builtUrls(dir: string): BuiltUrls {
  const pages: string[] = [];
  const redirects: string[] = [];
  for (const entry of entriesUnder(dir)) {
    if (!entry.isFile() || entry.name !== 'index.html') continue;
    const file = join(entry.parentPath, entry.name);
    const url = `/${relative(dir, entry.parentPath).replace(/\\/g, '/')}/`.replace(/^\/\/$/, '/');
    (META_REFRESH.test(readFileSync(file, 'utf8').slice(0, 2048)) ? redirects : pages).push(url);
  }
  const candidates = [...LOCALES.map(rssUrl), sitemapUrl(), robotsUrl()];
  const files = candidates.filter((u) => existsSync(join(dir, u)));
  return { pages: pages.sort(), redirects: redirects.sort(), files: files.sort() };
}
