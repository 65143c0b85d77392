import { DEFAULT_LOCALE, isLocale, type Locale } from '../core/locales';

/** The UI strings a search box ships to the browser, by key. */
export type Strings = Record<string, string>;

/**
 * The reader's locale and UI strings, as a search box carries them (`data-locale`,
 * `data-strings`); a box without a known locale searches the default one.
 * @example parseSearchContext({ locale: 'fr', strings: '{"a":"b"}' }) => { locale: 'en', strings: { a: 'b' } }
 */
export function parseSearchContext(data: { locale?: string; strings?: string }): { locale: Locale; strings: Strings } {
  const { locale } = data;
  return { locale: isLocale(locale) ? locale : DEFAULT_LOCALE, strings: JSON.parse(data.strings ?? '{}') as Strings };
}
