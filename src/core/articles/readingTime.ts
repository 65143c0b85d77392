/**
 * One reading unit: a Han character (CJK punctuation is not counted), or a run of other letters or
 * digits, allowing inner apostrophes and hyphens (a Han character ends a run: `DCEP数字` is a word
 * and two characters).
 */
const UNIT = /(\p{Script=Han})|[[\p{L}\p{N}]--\p{Script=Han}]+(?:['’\-][[\p{L}\p{N}]--\p{Script=Han}]+)*/gv;

/** Reading speeds in units per minute: Chinese characters and English words. */
export const HAN_PER_MINUTE = 400;
export const WORDS_PER_MINUTE = 220;

/**
 * Counts the reading units in a text: each Han character counts as one, and
 * every other word (Latin, digits) counts as one.
 * @example countReadingUnits('区块链 blockchain 2019') => { han: 3, words: 2 }
 */
export function countReadingUnits(text: string): { han: number; words: number } {
  // One pass, counting matches as they come (the whole body of every article goes through here in a build).
  let han = 0;
  let words = 0;
  for (const match of text.matchAll(UNIT)) {
    if (match[1] === undefined) words += 1;
    else han += 1;
  }
  return { han, words };
}

/**
 * Minutes needed to read a number of units, at least 1.
 * @example minutesFor({ han: 800, words: 0 }) => 2
 */
export function minutesFor({ han, words }: { han: number; words: number }): number {
  return Math.max(1, Math.round(han / HAN_PER_MINUTE + words / WORDS_PER_MINUTE));
}
