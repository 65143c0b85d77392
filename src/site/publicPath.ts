import { withBase } from '../core/links/urls';
import { siteSettings } from './siteSettings';

/**
 * The path the site is served under (content/site.yaml `base`), `/` by default; astro.config.mjs gives it to Astro.
 * @example siteBase() => '/kb/'
 */
export function siteBase(): string {
  return siteSettings().base;
}

/**
 * A site path (core/links/urls.ts) as pages, feeds and the host's files name it: under the site's base.
 * @example publicPath('/en/articles/a/') => '/kb/en/articles/a/' (with `base: /kb/`)
 */
export function publicPath(path: string): string {
  return withBase(path, siteBase());
}
