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
  // Loops, not array methods: the article index asks this of every slug after each edit in `astro dev`.
  let first: V | undefined;
  let firstTranslation: { from?: string } | undefined;
  for (const locale of LOCALES) {
    const version = versions[locale];
    if (version === undefined) continue;
    first ??= version;
    const translation = translationOf(version);
    if (!translation) return version;
    firstTranslation ??= translation;
  }
  const named = firstTranslation?.from;
  if (first === undefined) throw new Error('originalVersion needs at least one version');
  return (isLocale(named) ? versions[named] : undefined) ?? first;
}
