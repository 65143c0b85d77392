import { formatLang, type Locale } from '../language/locales';
import { perLocale } from '../language/perLocale';

const dateFormat = perLocale(
  (l) => new Intl.DateTimeFormat(formatLang(l), { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }),
);
const listFormat = perLocale((l) => new Intl.ListFormat(formatLang(l), { style: 'long', type: 'conjunction' }));
const alternativesFormat = perLocale((l) => new Intl.ListFormat(formatLang(l), { style: 'long', type: 'disjunction' }));

/**
 * Formats a date for readers of a locale, in UTC so a build gives the same
 * text wherever it runs.
 * @example formatDate(new Date('2019-11-18'), 'zh') => '2019年11月18日'
 * @example formatDate(new Date('2019-11-18'), 'en') => '18 November 2019'
 */
export function formatDate(date: Date, locale: Locale): string {
  return remembered(formattedDates(locale), date, (time) => dateFormat(locale).format(time));
}

/** The dates formatted so far, by time, for each locale: a build shows each article's date on many pages. */
const formattedDates = perLocale(() => new Map<number, string>());
const isoDates = new Map<number, string>();

/** A date's text as `make` writes it, made once per time (an invalid date is not kept: it throws each time, as `make` does). */
function remembered(known: Map<number, string>, date: Date, make: (time: number) => string): string {
  const time = date.getTime();
  let text = known.get(time);
  if (text === undefined) {
    text = make(time);
    known.set(time, text);
  }
  return text;
}

/** @example isoDate(new Date('2019-11-18T10:00:00Z')) => '2019-11-18' */
export function isoDate(date: Date): string {
  return remembered(isoDates, date, (time) => new Date(time).toISOString().slice(0, 10));
}

/**
 * Joins names the way each language lists them.
 * @example formatList(['A', 'B', 'C'], 'en') => 'A, B and C'; formatList(['甲', '乙'], 'zh') => '甲和乙'
 */
export function formatList(items: readonly string[], locale: Locale): string {
  return listFormat(locale).format(items);
}

/**
 * Joins alternatives (other spellings of a term) the way each language does.
 * @example formatAlternatives(['CBDCs', 'central bank digital currency'], 'en') => 'CBDCs or central bank digital currency'
 */
export function formatAlternatives(items: readonly string[], locale: Locale): string {
  return alternativesFormat(locale).format(items);
}
