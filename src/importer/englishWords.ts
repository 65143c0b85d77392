import type { SlugPiece } from './slugWords';

/** Articles, auxiliaries, possessives and adverbs that carry little in a headline: dropped first. Negations are never here. */
const MINOR = new Set(
  'a an the may might must shall should can could will would have has had having be been being is are was were am do does did also just its their his her our your my'.split(
    ' ',
  ),
);
/** Conjunctions and prepositions: dropped once the minor words are gone. */
const JOINERS = new Set(
  'and or but nor of to in on at for by with from as into onto than that which who whom this these those via'.split(' '),
);

/** Numbers written as words: kept like digits when a slug is shortened. */
const NUMBER_WORDS = new Set(
  'one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred thousand million billion trillion'.split(
    ' ',
  ),
);

/**
 * The lowercase ASCII words of a text: accents dropped, apostrophes inside a
 * word and thousands separators removed, anything else a break.
 * @example asciiWords('Venezuela’s Petro Has Over 27,000 Users') => ['venezuelas', 'petro', 'has', 'over', '27000', 'users']
 */
export function asciiWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/(\p{L})['’‘](\p{L})/gu, '$1$2')
    .replace(/(\d)[,.](?=\d{3}\b)/g, '$1')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * Slug pieces of English text, each word marked as a function word, a number or a word.
 * @example englishPieces('The Fed and 3 Banks') => [{ text: 'the', kind: 'minor' }, { text: 'fed', kind: 'word' }, { text: 'and', kind: 'joiner' }, { text: '3', kind: 'number' }, { text: 'banks', kind: 'word' }]
 */
export function englishPieces(text: string): SlugPiece[] {
  return asciiWords(text).map((word) => ({
    text: word,
    kind: MINOR.has(word) ? 'minor' : JOINERS.has(word) ? 'joiner' : /\d/.test(word) || NUMBER_WORDS.has(word) ? 'number' : 'word',
  }));
}
