import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseGlossary } from '../../../src/core/glossary/glossary';
import { headwordOrder, indexLetter, pinyinSyllables } from '../../../src/core/glossary/glossaryOrder';

// The glossary of the sample articles (content/ may hold another one, or none): a hundred real terms.
const sample = parseGlossary(readFileSync('tests/fixtures/sample-content/glossary.yaml', 'utf8'));
/** The sample glossary's headwords in a language, sorted as its page lists them. */
const sorted = (locale: 'en' | 'zh') => sample.map((e) => e.forms[locale][0]!).sort(headwordOrder(locale));

describe('pinyinSyllables', () => {
  it.each([
    ['稳定币', ['wen3', 'ding4', 'bi4']],
    // Read word by word: 银行 is yin hang, 重庆 chong qing, 长沙 chang sha.
    ['美国银行', ['mei3', 'guo2', 'yin2', 'hang2']],
    ['重庆', ['chong2', 'qing4']],
    ['长沙', ['chang2', 'sha1']],
    // ü as v, the dictionary tone of 一 (no sandhi), the middle dot of names left out.
    ['绿色', ['lv4', 'se4']],
    ['一带一路', ['yi1', 'dai4', 'yi1', 'lu4']],
    ['维尼·林厄姆', ['wei2', 'ni2', 'lin2', 'e4', 'mu3']],
  ])('%s => %j', (text, syllables) => {
    expect(pinyinSyllables(text)).toEqual(syllables);
  });
});

describe('headwordOrder', () => {
  it("sorts the sample glossary's Chinese terms in pinyin order, syllable by syllable, then by tone", () => {
    const zh = sorted('zh');
    const before = (a: string, b: string) => expect(zh.indexOf(a), `${a} before ${b}`).toBeLessThan(zh.indexOf(b));
    expect(zh.slice(0, 6)).toEqual(['巴伐利亚', '巴西', '巴西中央银行', '比特币', '比特币现金', '波场']);
    expect(zh.at(-1)).toBe('朱幼平');
    // ba1 xi1 before ba1 xi1 zhong1…; bi before bo; e before er; a shorter syllable (bi) before a longer one (bian).
    before('巴西', '巴西中央银行');
    before('俄罗斯', '二十国集团');
    before('区块链', '区块链运单');
    // 银行 read as yin hang: 美国银行 (yin) after 美国金融犯罪执法网络 (jin), before 美国证券交易委员会 (zheng).
    before('美国金融犯罪执法网络', '美国银行');
    before('美国银行', '美国证券交易委员会');
    // Same first syllable shi: tone 2 (实, 石) before tone 4 (数); 实 shi2 ti3 before 石 shi2 you2.
    before('实体经济', '石油币');
    before('石油币', '数字货币');
  });

  it('sorts English terms alphabetically, ignoring case, a space sorting before letters', () => {
    const en = sorted('en');
    expect(en.slice(0, 4)).toEqual(['anti-money laundering', 'ASEAN', 'Bank of America', 'Bavaria']);
    expect(en.indexOf('crypto assets')).toBeLessThan(en.indexOf('cryptocurrency'));
    expect(en.indexOf('bitcoin')).toBeLessThan(en.indexOf('bitcoin cash'));
    expect(en.indexOf('travel rule')).toBeGreaterThan(en.indexOf('ThunderChain'));
    expect(['item 10', 'item 9', 'Item 1'].sort(headwordOrder('en'))).toEqual(['Item 1', 'item 9', 'item 10']);
  });

  it('keeps homophones in a fixed order', () => {
    expect(['式', '是', '事'].sort(headwordOrder('zh'))).toEqual(['事', '式', '是'].sort(headwordOrder('zh')));
  });
});

describe('indexLetter', () => {
  it.each([
    ['稳定币', 'zh', 'W'],
    ['重庆', 'zh', 'C'],
    ['3D打印', 'zh', '#'],
    ['stablecoin', 'en', 'S'],
    ['Ćevapi', 'en', 'C'],
    ['G20', 'en', 'G'],
    ['3D printing', 'en', '#'],
  ] as const)('%s (%s) => %s', (headword, locale, letter) => {
    expect(indexLetter(headword, locale)).toBe(letter);
  });
});
