import type { SiteSettings } from '../core/settings/siteSettings';
import { siteSettings } from './siteSettings';

/** Where the site is published when neither env SITE nor `site.yaml`'s `url` says (docs/configuration.md). */
export const DEFAULT_SITE = 'https://zhiku.example.org';

/**
 * The public URL of the site: env SITE (for previews), else `url` of `site.yaml`, else the default.
 * Canonical links, feeds, the sitemap and robots.txt are absolute against it.
 * @example siteUrl({ SITE: 'https://kb.example.com' }) => 'https://kb.example.com'; siteUrl({}, { url: 'https://a.org' }) => 'https://a.org'
 */
export function siteUrl(
  env: Record<string, string | undefined> = process.env,
  settings: Pick<SiteSettings, 'url'> = siteSettings(),
): string {
  return env.SITE || settings.url || DEFAULT_SITE;
}
