const HAN = /\p{Script=Han}/u;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// A letter or digit that would make a Latin form part of a longer word. Han characters are not:
// Chinese text writes Latin names against them without a space (FinCEN局长, Facebook宣布).
const WORD_CHAR = '(?!\\p{Script=Han})[\\p{L}\\p{N}]';

/**
 * Where a glossary form occurs in a text, as a global pattern: a Han form
 * anywhere (Chinese has no spaces), any other form as a whole word, ignoring
 * case, which may touch Han characters. Search expansion and the translation report match terms with it.
 * @example 'Stablecoins and stablecoin'.match(termPattern('stablecoin')) => ['stablecoin']
 * @example '新的稳定币'.match(termPattern('稳定币')) => ['稳定币']
 * @example 'Facebook宣布Libra项目'.match(termPattern('Libra')) => ['Libra']
 */
export function termPattern(form: string): RegExp {
  return HAN.test(form)
    ? new RegExp(escapeRegExp(form), 'gu')
    : new RegExp(`(?<!${WORD_CHAR})${escapeRegExp(form)}(?!${WORD_CHAR})`, 'giu');
}
