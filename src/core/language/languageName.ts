import { htmlLang, type Locale } from './locales';
import { perLocale } from './perLocale';

/** For each reader's language, the name of each site language (asked for on every page; Intl.DisplayNames is slow to ask). */
const names = perLocale((reader) => {
  const displayNames = new Intl.DisplayNames([htmlLang(reader)], { type: 'language' });
  return perLocale((language) => displayNames.of(language) ?? language);
});

/**
 * The name of a site language written in the reader's language, for sentences
 * such as "translated from Chinese".
 * @example languageName('zh', 'en') => 'Chinese'; languageName('en', 'zh') => '英语'
 */
export function languageName(language: Locale, reader: Locale): string {
  return names(reader)(language);
}
