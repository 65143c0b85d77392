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

/** How many calls with options one language's `t` remembers (the labels of a page, with counts and names). */
export const REMEMBERED_WITH_OPTIONS = 20_000;

/**
 * Options made of plain values only (strings, booleans, finite numbers other than -0), which their
 * JSON stands for exactly: a call with them gives the same string as a call with equal ones.
 */
function plainOptions(options: unknown): options is Record<string, string | number | boolean> {
  if (typeof options !== 'object' || options === null) return false;
  const proto = Object.getPrototypeOf(options) as unknown;
  if (proto !== Object.prototype && proto !== null) return false;
  for (const value of Object.values(options)) {
    if (
      typeof value === 'number' ? !Number.isFinite(value) || Object.is(value, -0) : typeof value !== 'string' && typeof value !== 'boolean'
    ) {
      return false;
    }
  }
  return true;
}

/**
 * A `t` that remembers what it gave: for a fixed language, a key alone (no interpolation, no
 * plural), or a key with the same plain options (the same count, the same name), gives the same
 * string every time, and a build asks for the same labels on every page (tens of thousands of
 * calls, each costing i18next a copy of all its options). Calls with anything else (several
 * keys, options holding objects or functions) go to i18next every time, as do calls with options
 * once `REMEMBERED_WITH_OPTIONS` of them are remembered (titles interpolated once per article).
 * @example const t = rememberPlain(fixedT); t('nav.home'); t('nav.home') calls fixedT once; t('list.count', { count: 2 }) twice calls it once more
 */
export function rememberPlain(t: TFunction): TFunction {
  const plain = new Map<string, unknown>();
  const withOptions = new Map<string, unknown>();
  const call = t as unknown as (...args: unknown[]) => unknown;
  const remembering = (...args: unknown[]): unknown => {
    const [key, options] = args;
    if (typeof key !== 'string' || args.length > 2) return call(...args);
    if (args.length === 1) {
      if (!plain.has(key)) plain.set(key, call(key));
      return plain.get(key);
    }
    if (!plainOptions(options)) return call(...args);
    // JSON never holds U+0000 as it is: the last one separates the key from the options.
    const asked = `${key}\u0000${JSON.stringify(options)}`;
    if (withOptions.has(asked)) return withOptions.get(asked);
    const text = call(key, options);
    if (withOptions.size < REMEMBERED_WITH_OPTIONS) withOptions.set(asked, text);
    return text;
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
