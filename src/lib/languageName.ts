import { htmlLang, type Locale } from './locales';

/**
 * The name of a site language written in the reader's language, for sentences
 * such as "translated from Chinese".
 * @example languageName('zh', 'en') => 'Chinese'; languageName('en', 'zh') => '英语'
 */
export function languageName(language: Locale, reader: Locale): string {
  const names = new Intl.DisplayNames([htmlLang(reader)], { type: 'language' });
  return names.of(language) ?? language;
}
