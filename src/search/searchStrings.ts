/**
 * The UI strings the search scripts need in the browser: every `search.*`
 * key, raw (placeholders are filled in the browser). Shipped in the search
 * box's `data-strings`, so no i18n code reaches the browser.
 * @example searchStrings({ 'search.label': 'Search', 'nav.home': 'Home' }) => { 'search.label': 'Search' }
 */
export function searchStrings(strings: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(strings).filter(([key]) => key.startsWith('search.') && !key.startsWith('search.page.')));
}
