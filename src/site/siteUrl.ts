/** Where the site is published unless env SITE says otherwise (README.md, "Permanent links"). */
export const DEFAULT_SITE = 'https://zhiku.example.org';

/**
 * The public URL of the site: env SITE, or the default. Canonical links,
 * feeds, the sitemap and robots.txt are absolute against it.
 * @example siteUrl({ SITE: 'https://kb.example.com' }) => 'https://kb.example.com'; siteUrl({}) => 'https://zhiku.example.org'
 */
export function siteUrl(env: Record<string, string | undefined> = process.env): string {
  return env.SITE || DEFAULT_SITE;
}
