import i18next, { type TFunction } from 'i18next';
import en from './strings/en.json' with { type: 'json' };
import zh from './strings/zh.json' with { type: 'json' };
import { htmlLang, LOCALES, type Locale } from './locales';
import { perLocale } from './perLocale';

type Strings = Record<string, string>;

/** UI strings per locale: flat dotted keys, one JSON file per language. */
export const UI_STRINGS: Record<Locale, Strings> = { en, zh };

/** i18next plural suffixes, which vary by language (zh has only `_other`). */
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/**
 * The base keys of a string table, with plural forms folded into one key.
 * @example baseKeys({ 'a_one': '', 'a_other': '', b: '' }) => ['a', 'b']
 */
export function baseKeys(strings: Strings): string[] {
  return [...new Set(Object.keys(strings).map((k) => k.replace(PLURAL_SUFFIX, '')))].sort();
}

/**
 * Makes one i18next instance for all locales and hands out a fixed `t` for
 * each. It runs at build time only: no i18n code reaches the browser.
 */
export function createTranslationSystem(resources: Record<Locale, Strings> = UI_STRINGS) {
  const instance = i18next.createInstance();
  void instance.init({
    initAsync: false,
    resources: Object.fromEntries(LOCALES.map((l) => [htmlLang(l), { translation: resources[l] }])),
    lng: htmlLang(LOCALES[0]),
    fallbackLng: false,
    keySeparator: false,
    nsSeparator: false,
    returnEmptyString: false,
    // Output goes through Astro's escaping; i18next must not escape twice.
    interpolation: { escapeValue: false },
  });
  return perLocale((locale): TFunction => rememberPlain(instance.getFixedT(htmlLang(locale))));
}

/**
 * A `t` that remembers what a key alone gives: a string without options (no interpolation,
 * no plural) is the same every time for a fixed language, and a build asks for the same labels
 * on every page (tens of thousands of calls, each costing i18next a copy of its options).
 * Calls with options, or with anything but one string key, go to i18next every time.
 * @example const t = rememberPlain(fixedT); t('nav.home') === fixedT('nav.home'); t('list.count', { count: 2 }) calls fixedT
 */
export function rememberPlain(t: TFunction): TFunction {
  const plain = new Map<string, unknown>();
  const call = t as unknown as (...args: unknown[]) => unknown;
  const remembering = (...args: unknown[]): unknown => {
    const [key] = args;
    if (args.length !== 1 || typeof key !== 'string') return call(...args);
    if (!plain.has(key)) plain.set(key, call(key));
    return plain.get(key);
  };
  return remembering as unknown as TFunction;
}

/**
 * Adds strings to each language's table (the site's settings to the UI strings).
 * @example withStrings({ en: { a: '1' }, zh: { a: '一' } }, { en: { b: '2' }, zh: { b: '二' } }).en => { a: '1', b: '2' }
 */
export function withStrings(base: Record<Locale, Strings>, extra: Record<Locale, Strings>): Record<Locale, Strings> {
  return Object.fromEntries(LOCALES.map((l) => [l, { ...base[l], ...extra[l] }])) as Record<Locale, Strings>;
}

/**
 * The UI strings alone, for the pure layers (asides' labels); pages use the site's
 * translator (site/i18n.ts), which adds the site's name and texts from its settings.
 */
export const uiTranslations = createTranslationSystem();
