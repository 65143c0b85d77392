/**
 * The one list of locales. Everything that needs to know which languages the
 * site has (routes, switcher, feeds, sitemap, search) derives it from here.
 */
export const LOCALES = ['en', 'zh'] as const;

export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'en';

interface LocaleInfo {
  /** BCP 47 tag for `<html lang>`, hreflang and `Intl`. */
  htmlLang: string;
  /** BCP 47 tag for dates and lists (`Intl` formats), when it differs from htmlLang. */
  formatLang?: string;
  /** The language's name written in itself, for switchers. */
  nativeName: string;
  /** A short label for language badges. */
  badge: string;
}

const LOCALE_INFO: Record<Locale, LocaleInfo> = {
  // English dates and lists are written the British way: '18 November 2019'.
  en: { htmlLang: 'en', formatLang: 'en-GB', nativeName: 'English', badge: 'EN' },
  zh: { htmlLang: 'zh-CN', nativeName: '中文', badge: '中' },
};

/** @example isLocale('zh') => true; isLocale('fr') => false */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** @example htmlLang('zh') => 'zh-CN' */
export function htmlLang(locale: Locale): string {
  return LOCALE_INFO[locale].htmlLang;
}

/** The language tag of dates and lists. @example formatLang('en') => 'en-GB'; formatLang('zh') => 'zh-CN' */
export function formatLang(locale: Locale): string {
  return LOCALE_INFO[locale].formatLang ?? LOCALE_INFO[locale].htmlLang;
}

/** @example nativeName('zh') => '中文' */
export function nativeName(locale: Locale): string {
  return LOCALE_INFO[locale].nativeName;
}

/** @example localeBadge('en') => 'EN' */
export function localeBadge(locale: Locale): string {
  return LOCALE_INFO[locale].badge;
}

/** The locales other than the given one, in list order. @example otherLocales('en') => ['zh'] */
export function otherLocales(locale: Locale): Locale[] {
  return LOCALES.filter((l) => l !== locale);
}

/**
 * Picks the site locale that best matches a browser's language list.
 * @example matchLocale(['zh-TW', 'en']) => 'zh'
 */
export function matchLocale(preferred: readonly string[], fallback: Locale = DEFAULT_LOCALE): Locale {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLocale(primary)) return primary;
  }
  return fallback;
}
