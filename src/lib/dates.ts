import { htmlLang, type Locale } from './locales';

/**
 * Formats a date for readers of a locale, in UTC so a build gives the same
 * text wherever it runs.
 * @example formatDate(new Date('2019-11-18'), 'zh') => '2019年11月18日'
 * @example formatDate(new Date('2019-11-18'), 'en') => '18 November 2019'
 */
export function formatDate(date: Date, locale: Locale): string {
  return formatter(dateFormats, locale, (tag) => new Intl.DateTimeFormat(tag, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' })).format(date);
}

// Making an Intl formatter costs far more than using one, and a build formats tens of thousands of dates.
const dateFormats = new Map<Locale, Intl.DateTimeFormat>();
const listFormats = new Map<Locale, Intl.ListFormat>();

function formatter<F>(cache: Map<Locale, F>, locale: Locale, make: (tag: string) => F): F {
  let f = cache.get(locale);
  if (!f) {
    f = make(locale === 'en' ? 'en-GB' : htmlLang(locale));
    cache.set(locale, f);
  }
  return f;
}

/** @example isoDate(new Date('2019-11-18T10:00:00Z')) => '2019-11-18' */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * Joins names the way each language lists them.
 * @example formatList(['A', 'B', 'C'], 'en') => 'A, B and C'; formatList(['甲', '乙'], 'zh') => '甲和乙'
 */
export function formatList(items: readonly string[], locale: Locale): string {
  return formatter(listFormats, locale, (tag) => new Intl.ListFormat(tag, { style: 'long', type: 'conjunction' })).format(items);
}
