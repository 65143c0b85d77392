import { withBase } from '../../core/links/urls';

/**
 * A site path as this page's browser asks for it: under the path the site is served from
 * (content/site.yaml `base`, which Astro builds into the scripts as `import.meta.env.BASE_URL`).
 * @example underBase('/pagefind/en/') => '/kb/pagefind/en/' (in a site built with `base: /kb/`)
 */
export function underBase(path: string): string {
  return withBase(path, import.meta.env.BASE_URL);
}
