/**
 * One reading unit: a Han character (CJK punctuation is not counted), or a run of other letters or
 * digits, allowing inner apostrophes and hyphens (a Han character ends a run: `DCEP数字` is a word
 * and two characters). countReadingUnits counts what this pattern would match, without it.
 */
export const READING_UNIT = /(\p{Script=Han})|[[\p{L}\p{N}]--\p{Script=Han}]+(?:['’\-][[\p{L}\p{N}]--\p{Script=Han}]+)*/gv;

/** Reading speeds in units per minute: Chinese characters and English words. */
export const HAN_PER_MINUTE = 400;
export const WORDS_PER_MINUTE = 220;

/** What a code point is to READING_UNIT: a Han character, a letter or digit of another script, a joiner inside a word, or none. */
const OTHER = 0;
const HAN = 1;
const LETTER = 2;
const JOINER = 3;
const HAN_CHARACTER = /^\p{Script=Han}$/v;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/v;
/** Code points beyond ASCII and the main Han block, as the two patterns above told them, remembered. */
const seenKinds = new Map<number, number>();

function kindOf(point: number): number {
  if (point < 0x80) {
    const lower = point | 0x20;
    if ((lower >= 0x61 && lower <= 0x7a) || (point >= 0x30 && point <= 0x39)) return LETTER;
    return point === 0x27 || point === 0x2d ? JOINER : OTHER;
  }
  // CJK Unified Ideographs, every one of them Han: nearly all of a Chinese text.
  if (point >= 0x4e00 && point <= 0x9fff) return HAN;
  if (point === 0x2019) return JOINER;
  let kind = seenKinds.get(point);
  if (kind === undefined) {
    const character = String.fromCodePoint(point);
    kind = HAN_CHARACTER.test(character) ? HAN : LETTER_OR_DIGIT.test(character) ? LETTER : OTHER;
    seenKinds.set(point, kind);
  }
  return kind;
}

/** The code point at `i` of a text (a lone surrogate as itself). */
function pointAt(text: string, i: number): number {
  const high = text.charCodeAt(i);
  if (high < 0xd800 || high > 0xdbff || i + 1 >= text.length) return high;
  const low = text.charCodeAt(i + 1);
  return low >= 0xdc00 && low <= 0xdfff ? (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000 : high;
}

/**
 * Counts the reading units in a text (READING_UNIT): each Han character counts as one, and
 * every other word (Latin, digits) counts as one. One pass over the code points, since the
 * whole body of every article goes through here in a build: matching the pattern made an
 * object per Han character, a second of a 10,000-article build.
 * @example countReadingUnits('区块链 blockchain 2019') => { han: 3, words: 2 }
 */
export function countReadingUnits(text: string): { han: number; words: number } {
  let han = 0;
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length;) {
    const point = pointAt(text, i);
    i += point > 0xffff ? 2 : 1;
    const kind = kindOf(point);
    if (kind === LETTER) {
      if (!inWord) words += 1;
      inWord = true;
    } else if (kind === JOINER && inWord) {
      // A joiner keeps the word going only before another letter or digit.
      inWord = i < text.length && kindOf(pointAt(text, i)) === LETTER;
    } else {
      inWord = false;
      if (kind === HAN) han += 1;
    }
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
