import { DEFAULT_LOCALE, isLocale, type Locale } from '../core/language/locales';

/** The UI strings a search box uses in the browser, by key. */
export type Strings = Record<string, string>;

/**
 * The reader's locale, as a search box carries it (`data-locale`), and that locale's
 * strings from the bundled tables; a box without a known locale searches the default one.
 * @example parseSearchContext({ locale: 'fr' }, { en: { a: 'b' }, zh: {} }) => { locale: 'en', strings: { a: 'b' } }
 */
export function parseSearchContext(
  data: { locale?: string },
  tables: Partial<Record<Locale, Strings>>,
): { locale: Locale; strings: Strings } {
  const locale = isLocale(data.locale) ? data.locale : DEFAULT_LOCALE;
  return { locale, strings: tables[locale] ?? {} };
}
