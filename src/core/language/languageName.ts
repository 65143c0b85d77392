import { htmlLang, type Locale } from './locales';
import { perLocale } from './perLocale';

const displayNames = perLocale((reader) => new Intl.DisplayNames([htmlLang(reader)], { type: 'language' }));

/**
 * The name of a site language written in the reader's language, for sentences
 * such as "translated from Chinese".
 * @example languageName('zh', 'en') => 'Chinese'; languageName('en', 'zh') => '英语'
 */
export function languageName(language: Locale, reader: Locale): string {
  return displayNames(reader).of(language) ?? language;
}
