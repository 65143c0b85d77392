/** Han, kana, CJK punctuation and full-width forms: characters that are written without spaces. */
const CJK = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\u3000-\\u303f\\uff00-\\uffef';
/** Punctuation that Chinese text often uses in its ASCII form, e.g. `地址,` at a line end. */
const ASCII_PUNCT = ',.;:!?()"\'';

const BREAK_AFTER_CJK = new RegExp(`([${CJK}])[ \\t]*\\n[ \\t]*(?=[${CJK}${ASCII_PUNCT}])`, 'gu');
const BREAK_BEFORE_CJK = new RegExp(`([${CJK}${ASCII_PUNCT}])[ \\t]*\\n[ \\t]*(?=[${CJK}])`, 'gu');

const BREAK_NEXT_TO_CJK = new RegExp(`[${CJK}][ \\t]*\\n|\\n[ \\t]*[${CJK}]`, 'u');

/**
 * Whether a text has a line break next to a CJK character: the only kind joinCjkLines changes.
 * @example hasCjkLineBreak('中文\n中文') => true; hasCjkLineBreak('one\ntwo') => false
 */
export function hasCjkLineBreak(text: string): boolean {
  return BREAK_NEXT_TO_CJK.test(text);
}

/**
 * Removes the line breaks of hard-wrapped Chinese text, which a browser would
 * otherwise show as spaces. A break stays (as a space) when it separates
 * Latin words, e.g. between "Libra" and "project".
 * @example joinCjkLines('稳定的中文地址,\n两种语言') => '稳定的中文地址,两种语言'
 * @example joinCjkLines('区块链\nblockchain') => '区块链\nblockchain'
 */
export function joinCjkLines(text: string): string {
  return text.replace(BREAK_AFTER_CJK, '$1').replace(BREAK_BEFORE_CJK, '$1');
}
