import { htmlLang, type Locale } from './locales';

/**
 * The name of a site language written in the reader's language, for sentences
 * such as "translated from Chinese".
 * @example languageName('zh', 'en') => 'Chinese'; languageName('en', 'zh') => '英语'
 */
export function languageName(language: Locale, reader: Locale): string {
  let names = displayNames.get(reader);
  if (!names) {
    names = new Intl.DisplayNames([htmlLang(reader)], { type: 'language' });
    displayNames.set(reader, names);
  }
  return names.of(language) ?? language;
}

// Made once per reader language: making an Intl object costs far more than asking it.
const displayNames = new Map<Locale, Intl.DisplayNames>();
