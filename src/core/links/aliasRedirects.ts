import { LOCALES, type Locale } from '../language/locales';
import { articleUrl } from './urls';

/** What the redirects need to know about one article file. */
export interface AliasSource {
  locale: Locale;
  slug: string;
  aliases: readonly string[];
  published: boolean;
}

/** One old URL and where it now points. */
export interface AliasRedirect {
  locale: Locale;
  /** The old slug. */
  alias: string;
  /** The article's current slug. */
  slug: string;
  from: string;
  to: string;
}

/**
 * The redirects of every published article's aliases, in every language: an
 * alias listed by any language version moves the old URL in all of them
 * (articles have a page in every language, as a translation or a fallback).
 * Collisions are the validator's job; here the first claim wins.
 * @example aliasRedirects([{ locale: 'zh', slug: 'new', aliases: ['old'], published: true }])
 *   => [{ locale: 'en', alias: 'old', slug: 'new', from: '/en/articles/old/', to: '/en/articles/new/' }, { locale: 'zh', … }]
 */
export function aliasRedirects(articles: readonly AliasSource[]): AliasRedirect[] {
  const published = new Set(articles.filter((a) => a.published).map((a) => a.slug));
  const target = new Map<string, string>();
  for (const a of articles) {
    if (!a.published) continue;
    for (const alias of a.aliases) if (!target.has(alias) && !published.has(alias)) target.set(alias, a.slug);
  }
  return [...target]
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([alias, slug]) =>
      LOCALES.map((locale) => ({ locale, alias, slug, from: articleUrl(locale, alias), to: articleUrl(locale, slug) })),
    );
}

/**
 * Where an old URL points now, asked with or without its trailing slash, as
 * the hosts' `_redirects` answer it; undefined for a URL that is no alias.
 * @example aliasTarget('/en/articles/old', [{ from: '/en/articles/old/', to: '/en/articles/new/', … }]) => '/en/articles/new/'
 */
export function aliasTarget(pathname: string, redirects: readonly Pick<AliasRedirect, 'from' | 'to'>[]): string | undefined {
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
  return redirects.find((r) => r.from === path)?.to;
}

/**
 * A `_redirects` file (Netlify, Cloudflare Pages): one permanent redirect per
 * line, with and without the trailing slash.
 * @example redirectsFile([{ from: '/en/articles/old/', to: '/en/articles/new/', … }]) => '/en/articles/old /en/articles/new/ 301\n/en/articles/old/ /en/articles/new/ 301\n'
 */
export function redirectsFile(redirects: readonly Pick<AliasRedirect, 'from' | 'to'>[]): string {
  return redirects.map(({ from, to }) => `${from.replace(/\/$/, '')} ${to} 301\n${from} ${to} 301\n`).join('');
}
