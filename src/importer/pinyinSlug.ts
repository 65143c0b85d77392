import { pinyin } from 'pinyin-pro';
import { COMPOUND_SURNAMES, JOINER_CHARACTERS, MINOR_CHARACTERS, SUBJECT_TERMS, SURNAMES } from './chineseWords';
import { englishPieces } from './englishWords';
import type { SlugPiece } from './slugWords';

/** The platform's word segmenter (ICU's dictionary): a word's syllables are written together, as Hanyu Pinyin spells words. */
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const HAN = /\p{Script=Han}/u;
const HAN_NUMBER = /^[〇零一二三四五六七八九十百千万亿两]+$/u;
const SUBJECT_TERM = new RegExp([...SUBJECT_TERMS.keys()].sort((a, b) => b.length - a.length).join('|'), 'gu');

interface Word {
  text: string;
  /** A subject term: one word, with its own reading. */
  term?: boolean;
}

/**
 * The words of a Chinese text: the subject's terms first, the rest as the
 * platform's segmenter splits it (punctuation and spaces left out).
 * @example chineseWords('中国区块链技术') => [{ text: '中国' }, { text: '区块链', term: true }, { text: '技术' }]
 */
export function chineseWords(text: string): Word[] {
  const words: Word[] = [];
  const segment = (part: string) => {
    for (const s of segmenter.segment(part)) if (s.isWordLike) words.push({ text: s.segment });
  };
  let at = 0;
  for (const m of text.matchAll(SUBJECT_TERM)) {
    segment(text.slice(at, m.index));
    words.push({ text: m[0], term: true });
    at = m.index + m[0].length;
  }
  segment(text.slice(at));
  return words;
}

const isLoneHan = (w: Word | undefined) => w !== undefined && !w.term && w.text.length === 1 && HAN.test(w.text);
const isFunctionCharacter = (w: Word | undefined) => w !== undefined && (MINOR_CHARACTERS.has(w.text) || JOINER_CHARACTERS.has(w.text));

/**
 * How many words from `i` make a personal name: a surname the segmenter left
 * on its own (or a two-character one) followed by one or two single
 * characters it could not place in a word. 0 when they do not.
 */
function nameLength(words: readonly Word[], i: number): number {
  const first = words[i]!;
  const surname = (isLoneHan(first) && SURNAMES.has(first.text)) || COMPOUND_SURNAMES.has(first.text);
  if (!surname) return 0;
  let n = 0;
  while (n < 2 && isLoneHan(words[i + 1 + n]) && !isFunctionCharacter(words[i + 1 + n])) n += 1;
  return n === 0 ? 0 : n + 1;
}

const syllables = (text: string, surname = false): string[] =>
  pinyin(text, { toneType: 'none', type: 'array', v: true, nonZh: 'consecutive', ...(surname ? { surname: 'head' } : {}) });

/** A name as surname, hyphen, given name joined: 朱幼平 => zhu-youping, 欧阳娜娜 => ouyang-nana. */
function namePiece(words: readonly Word[]): SlugPiece {
  // pinyin-pro's surname mode reads the first characters as a surname (单 shan, not dan).
  const reading = syllables(words.map((w) => w.text).join(''), true);
  const surnameSyllables = [...words[0]!.text].length;
  return { text: `${reading.slice(0, surnameSyllables).join('')}-${reading.slice(surnameSyllables).join('')}`, kind: 'name' };
}

/**
 * Slug pieces of a Chinese text: each word's pinyin written together
 * (中国 => zhongguo), a personal name as surname-given (朱幼平 => zhu-youping),
 * Latin words and numbers as they are, function characters marked.
 * @example chinesePieces('国家信息中心朱幼平').map((p) => p.text) => ['guojia', 'xinxi', 'zhongxin', 'zhu-youping']
 */
export function chinesePieces(text: string): SlugPiece[] {
  const words = chineseWords(text);
  const pieces: SlugPiece[] = [];
  for (let i = 0; i < words.length;) {
    const word = words[i]!;
    const name = nameLength(words, i);
    if (name > 0) {
      pieces.push(namePiece(words.slice(i, i + name)));
      i += name;
      continue;
    }
    i += 1;
    if (word.term) pieces.push({ text: SUBJECT_TERMS.get(word.text)!, kind: 'word' });
    else if (!HAN.test(word.text)) pieces.push(...englishPieces(word.text));
    else
      pieces.push({
        text: englishPieces(syllables(word.text).join(' '))
          .map((p) => p.text)
          .join(''),
        kind: MINOR_CHARACTERS.has(word.text)
          ? 'minor'
          : JOINER_CHARACTERS.has(word.text)
            ? 'joiner'
            : HAN_NUMBER.test(word.text)
              ? 'number'
              : 'word',
      });
  }
  return pieces;
}
