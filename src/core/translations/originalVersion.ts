import { isLocale, LOCALES, type Locale } from '../language/locales';

/**
 * Which version of an article is its original: the one that does not say it
 * is a translation; if every version says so, the one the first translation
 * names; else the first in locale order. The article index (fallback pages,
 * list dates) and the translation status both ask this.
 * @example originalVersion({ en: { translation: { from: 'zh' } }, zh: {} }, (v) => v.translation) => the zh version
 * @example originalVersion({ en: { translation: { from: 'zh' } }, zh: { translation: { from: 'en' } } }, (v) => v.translation) => the zh version
 */
export function originalVersion<V>(versions: Partial<Record<Locale, V>>, translationOf: (version: V) => { from?: string } | undefined): V {
  const present = LOCALES.flatMap((l) => (versions[l] === undefined ? [] : [versions[l]]));
  if (present.length === 0) throw new Error('originalVersion needs at least one version');
  const named = present.map(translationOf).find(Boolean)?.from;
  return present.find((v) => !translationOf(v)) ?? (isLocale(named) ? versions[named] : undefined) ?? present[0]!;
}
