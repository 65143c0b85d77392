import type { Locale } from '../core/language/locales';

const HAN = /\p{Script=Han}/gu;
const SENTENCE_END_ZH = /[。！？!?；;…]/u;
const TRAILING_CLAUSE = /[,，、:：;；]$/u;
/** Small words that stay lowercase in title case. */
const MINOR = new Set('a an and as at but by for from in into is nor of off on or per the to up via vs with'.split(' '));

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/**
 * Whether most significant words start with a capital (quotes and numbers ignored).
 * @example isTitleCase('Fed Flags Stablecoin as a Risk') => true; isTitleCase('The bank said no') => false
 */
export function isTitleCase(text: string): boolean {
  const significant = words(text)
    .map((w) => w.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, ''))
    .filter((w) => /^\p{L}/u.test(w) && !MINOR.has(w.toLowerCase()));
  if (significant.length === 0) return false;
  const capitalised = significant.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised / significant.length >= 0.7;
}

/**
 * Whether a line could be an article's headline: short, not a finished
 * sentence, not a trailing clause.
 * @example isHeadlineLike('Fed Flags Stablecoin as a Risk', 'en') => true
 * @example isHeadlineLike('央行发布数字货币报告:试点扩大到四城', 'zh') => true
 * @example isHeadlineLike('The bank said it would comply.', 'en') => false
 */
export function isHeadlineLike(text: string, locale: Locale): boolean {
  if (TRAILING_CLAUSE.test(text)) return false;
  if (locale === 'zh') {
    const han = text.match(HAN)?.length ?? 0;
    return han >= 4 && text.length <= 60 && !/[。；;]/u.test(text) && !/[。！!]$/u.test(text);
  }
  const count = words(text).length;
  if (count > 25 || text.length > 180 || /[.;]$/.test(text)) return false;
  if (!/^[\p{Lu}\d'"‘“$]/u.test(text)) return false;
  return isTitleCase(text) || count <= 12;
}

/**
 * Whether a line inside an article is a subheading: shorter than a headline,
 * no sentence punctuation at its end, and in English written in title case.
 * A spacer line of no-break spaces next to it allows a little more length.
 * @example isSubheading('Fincen Expects Compliance', 'en') => true
 * @example isSubheading('区块链改造世界', 'zh') => true
 * @example isSubheading('He said it would comply', 'en') => false
 */
export function isSubheading(text: string, locale: Locale, spacerAround = false): boolean {
  if (TRAILING_CLAUSE.test(text)) return false;
  if (locale === 'zh') {
    const limit = spacerAround ? 40 : 30;
    return text.length <= limit && !SENTENCE_END_ZH.test(text) && !/[,，]/u.test(text.slice(-1));
  }
  const count = words(text).length;
  if (count === 0 || count > (spacerAround ? 16 : 12) || /[.!?:;,]$/.test(text)) return false;
  if (/[.!?]["”’]?\s/.test(text)) return false;
  return /^[\p{Lu}\d'"‘“$]/u.test(text) && isTitleCase(text);
}

/**
 * Whether a line is only a person's name: two to four Han characters, or two
 * to four capitalised words.
 * @example isPersonName('朱小平') => true; isPersonName('Jane Q. Doe') => true; isPersonName('Fed Flags Stablecoin Risk Today Again') => false
 */
export function isPersonName(text: string): boolean {
  if (/^[\p{Script=Han}]{2,4}$/u.test(text)) return true;
  return /^\p{Lu}[\p{L}'’-]*\.?(?:\s+\p{Lu}[\p{L}'’-]*\.?){1,3}$/u.test(text) && text.length <= 40;
}
