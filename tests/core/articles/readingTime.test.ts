import { describe, expect, it } from 'vitest';
import { countReadingUnits, minutesFor, READING_UNIT } from '../../../src/core/articles/readingTime';

const readingMinutes = (text: string) => minutesFor(countReadingUnits(text));

describe('reading time', () => {
  it.each([
    ['区块链 blockchain 2019', { han: 3, words: 2 }],
    ['稳定币是一种加密货币。', { han: 10, words: 0 }],
    ["the Fed's stablecoin report, e-CNY", { han: 0, words: 5 }],
    ['央行发行DCEP数字货币', { han: 8, words: 1 }],
    ['', { han: 0, words: 0 }],
    // A Han character ends a word, and a hyphen or apostrophe joins only letters or digits on both sides.
    ['abc-区def it’s x-y-z 中文English混合', { han: 5, words: 5 }],
    ["a--b a-’b 区-a a-区 don't 3.14 'quoted'", { han: 2, words: 10 }],
    ['Ünïcödé wörds, 日本語 かな カナ 한국어', { han: 3, words: 5 }],
  ])('counts %j', (text, expected) => {
    expect(countReadingUnits(text)).toEqual(expected);
  });

  it('counts what the reading-unit pattern matches, on any mix of scripts, joiners and surrogates', () => {
    const byPattern = (text: string) => {
      let han = 0;
      let words = 0;
      for (const match of text.matchAll(READING_UNIT)) {
        if (match[1] === undefined) words += 1;
        else han += 1;
      }
      return { han, words };
    };
    const alphabet = [
      'a',
      'Z',
      '0',
      '9',
      '-',
      "'",
      '’',
      ' ',
      '\n',
      '.',
      '_',
      '区',
      '龥',
      '𠀀',
      '〇',
      '々',
      '，',
      'é',
      'ß',
      '²',
      'Ⅻ',
      'か',
      '한',
      '𝐀',
      '\ud800',
      '\udc00',
      '😀',
    ];
    // A fixed pseudo-random sequence, so a failure names the same texts every run.
    let seed = 12345;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % alphabet.length;
    for (let n = 0; n < 3000; n++) {
      const text = Array.from({ length: 1 + (n % 17) }, () => alphabet[next()]).join('');
      expect(countReadingUnits(text), JSON.stringify(text)).toEqual(byPattern(text));
    }
  });

  it('counts Chinese by characters and English by words', () => {
    expect(readingMinutes('字'.repeat(1200))).toBe(3);
    expect(readingMinutes('word '.repeat(660))).toBe(3);
  });

  it('never says less than a minute', () => {
    expect(readingMinutes('short')).toBe(1);
    expect(readingMinutes('')).toBe(1);
  });
});
