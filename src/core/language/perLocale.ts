import type { Locale } from './locales';

/**
 * Makes a value once per locale and hands back the same one afterwards: for
 * Intl formatters, which cost far more to make than to use, and a build
 * formats tens of thousands of dates and names.
 * @example const fmt = perLocale((l) => new Intl.NumberFormat(l)); fmt('en') === fmt('en') => true
 */
export function perLocale<T>(make: (locale: Locale) => T): (locale: Locale) => T {
  const made = new Map<Locale, T>();
  return (locale) => {
    let value = made.get(locale);
    if (value === undefined) {
      value = make(locale);
      made.set(locale, value);
    }
    return value;
  };
}
