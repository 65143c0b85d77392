import { LOCALES, type Locale } from '../language/locales';

/**
 * One static path per locale, for pages that exist in every language.
 * @example localeParams() => [{ params: { lang: 'en' } }, { params: { lang: 'zh' } }]
 */
export function localeParams(): { params: { lang: Locale } }[] {
  return LOCALES.map((lang) => ({ params: { lang } }));
}

/**
 * The same page in every locale, built with one URL function.
 * @example alternatesFor((l) => `/${l}/`) => { en: '/en/', zh: '/zh/' }
 */
export function alternatesFor(url: (locale: Locale) => string): Record<Locale, string> {
  return Object.fromEntries(LOCALES.map((l) => [l, url(l)])) as Record<Locale, string>;
}
