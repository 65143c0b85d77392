import type { HeaderRule } from './headersFile';

/** The hosts whose `_headers` matching is reproduced here. */
export type StaticHost = 'cloudflare' | 'netlify';

const escapeRegExp = (text: string) => text.replace(/[-/\\^$*+?.()|[\]{}]/g, '\\$&');

/**
 * Cloudflare Pages: the whole pattern is one regular expression; `*` matches
 * any characters (including `/`), `:name` one segment. A pattern that does not
 * compile (two splats make two groups of one name) is dropped: it never matches.
 */
function cloudflareRegExp(pattern: string): RegExp | undefined {
  let source = pattern.split('*').map(escapeRegExp).join('(?<splat>.*)');
  for (const [placeholder, name] of source.matchAll(/:(\w+)/g)) source = source.split(placeholder).join(`(?<${name}>[^/]+)`);
  try {
    return new RegExp(`^${source}$`);
  } catch {
    return undefined;
  }
}

/**
 * Netlify (its headers parser): segment by segment; a segment that is only `*`
 * also matches nothing at all, `*` inside a segment matches any characters
 * (including `/`) and the rest of that segment is read as a regular expression
 * as it stands (so `.` matches any character), `:name` matches one segment; a
 * trailing slash is optional and case is ignored.
 */
function netlifyRegExp(pattern: string): RegExp {
  const parts = pattern
    .split('/')
    .map((part) => part.trimEnd())
    .filter(Boolean)
    .map((part) => {
      if (part.startsWith(':')) return '([^/]+)';
      if (part === '*') return '?(.*)';
      if (part.includes('*')) return part.replaceAll('*', '(.*)');
      return escapeRegExp(part);
    });
  return new RegExp(`^/${parts.join('/')}/?$`, 'i');
}

/**
 * Whether a host applies a rule with this path pattern to a request for `path`.
 * @example ruleMatches('/_astro/*', '/_astro/a.B_z8_O92.css', 'cloudflare') => true
 * @example ruleMatches('/*.pf_index', '/pagefind/index/en_e76e908.pf_index', 'netlify') => true
 */
export function ruleMatches(pattern: string, path: string, host: StaticHost): boolean {
  const regExp = host === 'cloudflare' ? cloudflareRegExp(pattern) : netlifyRegExp(pattern);
  return regExp?.test(path) ?? false;
}

/**
 * Every value each header gets for a request, from every matching rule in file
 * order, by lower-case header name. Hosts differ when one header comes from
 * two rules (Cloudflare joins them, Netlify keeps one), so a header with more
 * than one value here is a conflict to avoid.
 * @example headersForPath([{ path: '/*', headers: { 'X-A': '1' } }], '/en/', 'netlify') => { 'x-a': ['1'] }
 */
export function headersForPath(rules: readonly HeaderRule[], path: string, host: StaticHost): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  for (const rule of rules) {
    if (!ruleMatches(rule.path, path, host)) continue;
    for (const [name, value] of Object.entries(rule.headers)) (found[name.toLowerCase()] ??= []).push(value);
  }
  return found;
}
