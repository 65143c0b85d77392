/**
 * Checks every internal link and #fragment of a built site.
 *   npx tsx scripts/check-links.ts <dist folder> [--site https://…]
 * Exits 1 listing each broken link (page → target, element, reason).
 * The site URL defaults to env SITE or the project default, as in astro.config.mjs; links are
 * read under the base path of content/site.yaml (ZHIKU_CONTENT_DIR for another folder).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'node-html-parser';
import { checkLinks, formatBrokenLinks, type CheckedPage } from '../src/core/links/linkCheck';
import { siteBase } from '../src/site/publicPath';
import { siteUrl } from '../src/site/siteUrl';

const args = process.argv.slice(2);
const siteAt = args.indexOf('--site');
const site = siteAt >= 0 ? args[siteAt + 1]! : siteUrl();
const dir = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--site');
if (!dir) {
  console.error('Usage: tsx scripts/check-links.ts <dist folder> [--site https://…]');
  process.exit(2);
}

// Which element attributes hold URLs worth checking.
const SOURCES: [selector: string, attribute: string][] = [
  ['a[href]', 'href'],
  ['link[href]', 'href'],
  ['img[src]', 'src'],
  ['script[src]', 'src'],
  ['form[action]', 'action'],
  ['meta[property="og:url"]', 'content'],
];

const files = new Set<string>();
const pages: CheckedPage[] = [];
for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile()) continue;
  const path = `/${relative(dir, join(entry.parentPath, entry.name)).replace(/\\/g, '/')}`;
  files.add(path);
  if (!path.endsWith('.html')) continue;
  const doc = parse(readFileSync(join(dir, path), 'utf8'));
  const links = SOURCES.flatMap(([selector, attribute]) =>
    doc.querySelectorAll(selector).map((el) => ({ url: el.getAttribute(attribute)!, from: selector })),
  );
  // A redirect page's target must exist too.
  const refresh = doc.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content');
  const refreshUrl = refresh && /url=(.+)$/i.exec(refresh)?.[1];
  if (refreshUrl) links.push({ url: refreshUrl, from: 'meta[http-equiv=refresh]' });
  const anchors = new Set([
    ...doc.querySelectorAll('[id]').map((el) => el.id),
    ...doc.querySelectorAll('a[name]').map((el) => el.getAttribute('name')!),
  ]);
  pages.push({ url: path.replace(/(^|\/)index\.html$/, '$1'), anchors, links });
}

const broken = checkLinks(pages, files, site, siteBase());
const linkCount = pages.reduce((n, p) => n + p.links.length, 0);
if (broken.length) {
  console.error(`Link check of ${dir}: ${pages.length} pages, ${linkCount} links.\n${formatBrokenLinks(broken)}`);
  process.exit(1);
}
console.log(`Link check of ${dir}: ${pages.length} pages, ${linkCount} links, none broken.`);
