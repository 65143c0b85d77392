import { htmlLang, nativeName, otherLocales, type Locale } from '../core/language/locales';
import { perLocale } from '../core/language/perLocale';
import { interpolate, pluralText } from '../core/language/uiText';
import { searchUrl } from '../core/links/urls';
import type { QueryExpansion } from './queryExpansion';

/** One piece of the line above the results; the browser turns each into a text node or an element. */
export type StatusPart =
  | { kind: 'text'; text: string }
  /** A link to the same search in another language, offered when nothing was found. */
  | { kind: 'otherLanguage'; text: string; href: string }
  /** What the query was also searched as (converted characters, glossary counterparts). */
  | { kind: 'expanded'; text: string };

/** What the status line reports about a search. */
export interface SearchSummary {
  query: string;
  total: number;
  converted?: string;
  expanded: QueryExpansion['expanded'];
}

// The narrow conjunction list has no "and": CLDR writes it as a plain list in each language.
const plainList = perLocale((locale) => new Intl.ListFormat(htmlLang(locale), { type: 'conjunction', style: 'narrow' }));

/**
 * Lists search terms the way the reader's language writes a plain list.
 * @example listTerms(['a', 'b', 'c'], 'en') => 'a, b, c'; listTerms(['甲', '乙'], 'zh') => '甲、乙'
 */
export function listTerms(terms: readonly string[], locale: Locale): string {
  return plainList(locale).format(terms);
}

/**
 * The status line of a finished search: the number of results, or a "nothing found"
 * with links to the other languages; then what else was searched for, if anything.
 * `pageLang` picks the plural rules (the page's language, which a box of another language may sit in).
 * @example searchStatus({ query: 'x', total: 2, expanded: [] }, 'en', { 'search.results_other': '{{count}} results.' }, 'en')
 *   => [{ kind: 'text', text: '2 results.' }]
 */
export function searchStatus(summary: SearchSummary, locale: Locale, strings: Record<string, string>, pageLang: string): StatusPart[] {
  const parts: StatusPart[] = [];
  if (summary.total > 0) parts.push({ kind: 'text', text: pluralText(strings, 'search.results', summary.total, pageLang) });
  else {
    parts.push({ kind: 'text', text: interpolate(strings['search.noResults'] ?? '', { query: summary.query }) });
    for (const other of otherLocales(locale)) {
      const text = interpolate(strings['search.tryOther'] ?? '', { language: nativeName(other) });
      parts.push({ kind: 'otherLanguage', text, href: searchUrl(other, summary.query) });
    }
  }
  const searchedFor = [summary.converted, ...summary.expanded.flatMap((e) => e.counterparts)].filter((t): t is string => Boolean(t));
  if (searchedFor.length)
    parts.push({ kind: 'expanded', text: interpolate(strings['search.expanded'] ?? '', { terms: listTerms(searchedFor, locale) }) });
  return parts;
}
