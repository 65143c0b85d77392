/** Han characters (and CJK punctuation is not counted). */
const HAN = /\p{Script=Han}/gu;
/** A run of Latin letters or digits, allowing inner apostrophes and hyphens. */
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** Reading speeds in units per minute: Chinese characters and English words. */
export const HAN_PER_MINUTE = 400;
export const WORDS_PER_MINUTE = 220;

/**
 * Counts the reading units in a text: each Han character counts as one, and
 * every other word (Latin, digits) counts as one.
 * @example countReadingUnits('区块链 blockchain 2019') => { han: 3, words: 2 }
 */
export function countReadingUnits(text: string): { han: number; words: number } {
  const han = text.match(HAN)?.length ?? 0;
  const words = text.replace(HAN, ' ').match(WORD)?.length ?? 0;
  return { han, words };
}

/**
 * Minutes needed to read a number of units, at least 1.
 * @example minutesFor({ han: 800, words: 0 }) => 2
 */
export function minutesFor({ han, words }: { han: number; words: number }): number {
  return Math.max(1, Math.round(han / HAN_PER_MINUTE + words / WORDS_PER_MINUTE));
}
