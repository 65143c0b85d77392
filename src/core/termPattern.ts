const HAN = /\p{Script=Han}/u;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Where a glossary form occurs in a text, as a global pattern: a Han form
 * anywhere (Chinese has no spaces), any other form as a whole word, ignoring
 * case. Search expansion and the translation report match terms with it.
 * @example 'Stablecoins and stablecoin'.match(termPattern('stablecoin')) => ['stablecoin']
 * @example '新的稳定币'.match(termPattern('稳定币')) => ['稳定币']
 */
export function termPattern(form: string): RegExp {
  return HAN.test(form)
    ? new RegExp(escapeRegExp(form), 'gu')
    : new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(form)}(?![\\p{L}\\p{N}])`, 'giu');
}
