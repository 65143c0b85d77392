/**
 * The origin used when Astro has no `site`. astro.config.mjs always sets
 * `site` from siteUrl() (src/site/siteUrl.ts), so this only applies to a
 * config without one; it is the address of `npm run dev` and `npm run preview`.
 */
const LOCAL_ORIGIN = 'http://localhost:4321/';

/**
 * The site URL that canonical links, feeds and robots.txt are absolute against:
 * Astro's configured `site`, or the local server's address when there is none.
 * @example siteOrigin(new URL('https://kb.example.org')).href => 'https://kb.example.org/'; siteOrigin(undefined).href => 'http://localhost:4321/'
 */
export function siteOrigin(site: URL | string | undefined): URL {
  return new URL(site ?? LOCAL_ORIGIN);
}
