import { DEFAULT_LOCALE, htmlLang, LOCALES, type Locale } from '../language/locales';
import { articleUrl, localizedPath, parseSitePath } from './urls';

/** A sitemap decision for one page: left out, or listed with its hreflang alternates. */
export type SitemapDecision = { include: false } | { include: true; alternates: { lang: string; path: string }[] };

/**
 * Whether a page belongs in the sitemap and which real translations it has.
 * An article URL is listed only where the article really exists in that
 * language (a fallback page's canonical is the original, and an alias is a
 * redirect); its alternates are its real translations. Other pages under a
 * language folder exist in every language. `languagesOf(slug)` tells where
 * an article exists (undefined: not a published article).
 * @example sitemapAlternates('/en/articles/a/', () => ['zh']) => { include: false }
 * @example sitemapAlternates('/en/articles/a/', () => ['en']) => { include: true, alternates: [] }
 */
export function sitemapAlternates(path: string, languagesOf: (slug: string) => readonly Locale[] | undefined): SitemapDecision {
  const target = parseSitePath(path);
  let paths: [Locale, string][];
  if (target.kind === 'article') {
    const languages = languagesOf(target.slug);
    if (!languages?.includes(target.locale)) return { include: false };
    paths = languages.map((l) => [l, articleUrl(l, target.slug)]);
  } else if (localizedPath(path, DEFAULT_LOCALE) !== path || path.startsWith(`/${DEFAULT_LOCALE}/`)) {
    paths = LOCALES.map((l) => [l, localizedPath(path, l)]);
  } else {
    return { include: true, alternates: [] };
  }
  if (paths.length < 2) return { include: true, alternates: [] };
  const byLocale = Object.fromEntries(paths) as Partial<Record<Locale, string>>;
  const alternates = paths.map(([l, p]) => ({ lang: htmlLang(l), path: p }));
  const fallback = byLocale[DEFAULT_LOCALE];
  if (fallback) alternates.push({ lang: 'x-default', path: fallback });
  return { include: true, alternates };
}
