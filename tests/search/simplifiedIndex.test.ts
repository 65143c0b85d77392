import { describe, expect, it } from 'vitest';
import { toSimplified } from '../../src/search/browser/toSimplified';
import {
  conversionTriggers,
  convertPageText,
  mayHaveTraditional,
  simplifiedPage,
  SIMPLIFIED_TABLES,
  toSimplifiedText,
} from '../../src/search/simplifiedIndex';

describe('conversionTriggers', () => {
  it('takes each character a table changes, and the first changed character of each phrase it rewrites', () => {
    expect(conversionTriggers(['回覆 回复|一坏 一坯|於 于', '鬱 郁|么 么|𧩙 䜥'])).toEqual(new Set(['覆', '坏', '於', '鬱', '𧩙']));
  });

  it("leaves out the characters OpenCC's tables keep, so Simplified text is rarely converted", () => {
    const triggers = conversionTriggers(SIMPLIFIED_TABLES);
    for (const char of '的是中国人郁金香价格区块链稳定币') expect(triggers.has(char), char).toBe(false);
    for (const char of '鬱價區塊鏈穩幣覆') expect(triggers.has(char), char).toBe(true);
  });
});

describe('convertPageText', () => {
  const upper = (s: string) => s.toUpperCase();
  it.each([
    ['<h2 id="tulip">tulip <em>mania</em></h2>', '<h2 id="tulip">TULIP <em>MANIA</em></h2>'],
    // Attribute values stay as written, quotes and > inside them included.
    [`<meta content="a <b> c" name='x>y'>text`, `<meta content="a <b> c" name='x>y'>TEXT`],
    ['<!-- a "comment -->b', '<!-- a "comment -->B'],
    ['no markup', 'NO MARKUP'],
  ])('%j => %j', (html, expected) => {
    expect(convertPageText(html, upper)).toBe(expected);
  });
});

describe('simplifiedPage', () => {
  it.each([
    ['<h1>荷蘭鬱金香泡沫</h1><p>價格</p>', '<h1>荷兰郁金香泡沫</h1><p>价格</p>'],
    ['<h2 id="鬱金香的價格">鬱金香的價格</h2>', '<h2 id="鬱金香的價格">郁金香的价格</h2>'],
    ['<span data-pagefind-meta="source">蘋果日報</span>', '<span data-pagefind-meta="source">苹果日报</span>'],
    // A phrase of characters Simplified also uses.
    ['<p>反覆</p>', '<p>反复</p>'],
  ])('%j => %j', (html, expected) => {
    expect(simplifiedPage(html)).toBe(expected);
  });

  it.each(['<h1>郁金香泡沫</h1>', '<p>Tulip mania</p>', '<p>覆盖</p>', ''])('leaves %j to be indexed as it is', (html) => {
    expect(simplifiedPage(html)).toBeUndefined();
  });

  it('finds no Traditional character where none is', () => {
    expect(mayHaveTraditional('委内瑞拉总统马杜罗力推石油币 Stablecoins')).toBe(false);
    expect(mayHaveTraditional('委內瑞拉')).toBe(true);
    // Characters outside the Basic Multilingual Plane, a Traditional one among them.
    const astral = [...conversionTriggers(SIMPLIFIED_TABLES)].find((char) => char.codePointAt(0)! > 0xffff)!;
    expect(mayHaveTraditional(`𠀀 ${astral}`)).toBe(true);
    expect(mayHaveTraditional('𠀀 郁')).toBe(false);
  });

  it('reads UTF-8 bytes as it reads their text', () => {
    const triggers = [...conversionTriggers(SIMPLIFIED_TABLES)];
    const astral = triggers.find((char) => char.codePointAt(0)! > 0xffff)!;
    const texts = [
      '委内瑞拉总统马杜罗力推石油币 Stablecoins',
      '委內瑞拉',
      `𠀀 ${astral}`,
      '𠀀 郁',
      'café — naïve “quotes” ①',
      '',
      // Every trigger on its own, after an ASCII letter and a Simplified character.
      ...triggers.map((char) => `a郁${char}`),
    ];
    for (const text of texts) expect([text, mayHaveTraditional(Buffer.from(text))]).toEqual([text, mayHaveTraditional(text)]);
    // A page of Simplified text, and the same page with one Traditional character at its very end.
    const page = Buffer.from(`<p>${'郁金香泡沫 tulip '.repeat(2000)}</p>`);
    expect(mayHaveTraditional(page)).toBe(false);
    expect(mayHaveTraditional(Buffer.concat([page, Buffer.from('鬱')]))).toBe(true);
    // A sequence cut short at the end is no character.
    expect(mayHaveTraditional(Buffer.from('鬱').subarray(0, 2))).toBe(false);
    // A lead byte without its continuation bytes, just before a Traditional character, hides nothing (as decoding gives U+FFFD, then 鬱).
    const cut = Buffer.concat([Buffer.from([0xe9]), Buffer.from('鬱')]);
    expect(mayHaveTraditional(cut)).toBe(true);
    expect(mayHaveTraditional(cut.toString('utf8'))).toBe(true);
    expect(mayHaveTraditional(Buffer.concat([Buffer.from([0xf0, 0x90]), Buffer.from('鬱')]))).toBe(true);
  });
});

describe('toSimplifiedText', () => {
  it.each(['鬱金香泡沫', '荷蘭的球莖價格', '乾隆年間的乾燥天氣', '回覆與反覆', '區塊鏈與穩定幣', '郁金香 stablecoin'])(
    'converts %j as the browser converts a query',
    async (text) => {
      expect(toSimplifiedText(text)).toBe(await toSimplified(text));
    },
  );
});
