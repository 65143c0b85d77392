import { htmlLang, localeBadge, nativeName, type Locale } from './locales';

/** What a language badge shows and says, wherever it is drawn (page, article body, search result). */
export interface LanguageBadge {
  /** The short label shown. */
  text: string;
  /** The language's full name: the label alone means little to a screen reader. */
  title: string;
  /** The badge's own language tag, so that 中 is read as Chinese on an English page. */
  lang: string;
  /** The class the styles know badges by. */
  className: string;
}

/**
 * The badge that marks a link or title in another language.
 * @example languageBadge('zh') => { text: '中', title: '中文', lang: 'zh-CN', className: 'lang-badge' }
 */
export function languageBadge(locale: Locale): LanguageBadge {
  return { text: localeBadge(locale), title: nativeName(locale), lang: htmlLang(locale), className: 'lang-badge' };
}
