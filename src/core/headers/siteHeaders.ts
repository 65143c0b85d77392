import type { HeaderRule } from './headersFile';
import { LOCALES } from '../language/locales';
import { homeUrl, withBase } from '../links/urls';

/** For files whose name changes with their content: keep them a year, never ask again. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** For files that keep their name: ask every time (a 304 when unchanged), so a new build shows at once. */
export const REVALIDATE = 'public, max-age=0, must-revalidate';

/**
 * The patterns of content-hashed files (see isContentHashed): Astro's bundles
 * and Pagefind's `.pf_*` data files, in any bundle folder.
 */
export const HASHED_PATTERNS = ['/_astro/*', '/*.pf_meta', '/*.pf_index', '/*.pf_fragment', '/*.pf_filter'] as const;

/**
 * The patterns of pages (the landing page, the 404 page, everything under a
 * language's home) and of Pagefind's entry files and the list of search bundles, which name the hashed files
 * of the current build and so must never be served stale.
 */
export const REVALIDATE_PATTERNS = [
  '/',
  '/404.html',
  ...LOCALES.map((locale) => `${homeUrl(locale)}*`),
  '/*/pagefind.js',
  '/*/pagefind-entry.json',
  '/pagefind/bundles.json',
] as const;

/**
 * The site's `_headers` rules: the CSP (and nosniff) on every response, and
 * one Cache-Control per file: IMMUTABLE for hashed files, REVALIDATE for pages
 * and Pagefind's entry. The two groups must never match the same path: hosts
 * disagree on what a header set by two rules becomes. Files in neither group
 * (feeds, sitemap, Pagefind's WebAssembly) get the host's default. A site served under a
 * `base` path is asked for paths under it, and so are its rules.
 * @example siteHeaderRules("default-src 'self'")[1] => { path: '/_astro/*', headers: { 'Cache-Control': IMMUTABLE }, comment: … }
 * @example siteHeaderRules("default-src 'self'", '/kb/')[1].path => '/kb/_astro/*'
 */
export function siteHeaderRules(contentSecurityPolicy: string, base = '/'): HeaderRule[] {
  const cache = (patterns: readonly string[], value: string, comment: string): HeaderRule[] =>
    patterns.map((path, i) => ({ path: withBase(path, base), headers: { 'Cache-Control': value }, ...(i === 0 ? { comment } : {}) }));
  return [
    {
      path: withBase('/*', base),
      headers: { 'Content-Security-Policy': contentSecurityPolicy, 'X-Content-Type-Options': 'nosniff' },
      comment: 'Every response: the Content-Security-Policy (inline scripts and styles allowed by hash).',
    },
    ...cache(HASHED_PATTERNS, IMMUTABLE, 'Content-hashed files: a new build writes new names, so they never change.'),
    ...cache(REVALIDATE_PATTERNS, REVALIDATE, "Pages and Pagefind's entry files keep their names: revalidate every time."),
  ];
}
