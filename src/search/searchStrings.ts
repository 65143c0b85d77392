import type { Locale } from '../core/language/locales';

/**
 * The UI strings the search scripts need in the browser: every `search.*`
 * key, raw (placeholders are filled in the browser). Bundled into the search
 * code (virtual:zhiku/search-strings), so no i18n code reaches the browser.
 * @example searchStrings({ 'search.label': 'Search', 'nav.home': 'Home' }) => { 'search.label': 'Search' }
 */
export function searchStrings(strings: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(strings).filter(([key]) => key.startsWith('search.') && !key.startsWith('search.page.')));
}

/**
 * The search strings of every locale.
 * @example searchStringTables({ en: { 'search.label': 'Search', 'nav.home': 'Home' } }) => { en: { 'search.label': 'Search' } }
 */
export function searchStringTables<L extends Locale>(tables: Record<L, Record<string, string>>): Record<L, Record<string, string>> {
  return Object.fromEntries(
    Object.entries<Record<string, string>>(tables).map(([locale, strings]) => [locale, searchStrings(strings)]),
  ) as Record<L, Record<string, string>>;
}
