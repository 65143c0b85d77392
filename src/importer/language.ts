import type { Locale } from '../core/language/locales';

const HAN = /\p{Script=Han}/gu;
const LATIN = /[A-Za-z\u00c0-\u024f]/g;

/**
 * The language of a text from its letters: Chinese when Han characters are at
 * least a third as many as Latin letters (one Han character carries about as
 * much as a short word), English otherwise; undefined when it has no letters.
 * @example detectLanguage('央行发布数字货币报告') => 'zh'; detectLanguage('Fed flags stablecoin') => 'en'
 */
export function detectLanguage(text: string): Locale | undefined {
  const han = text.match(HAN)?.length ?? 0;
  const latin = text.match(LATIN)?.length ?? 0;
  if (han === 0 && latin === 0) return undefined;
  return han * 3 >= latin ? 'zh' : 'en';
}
