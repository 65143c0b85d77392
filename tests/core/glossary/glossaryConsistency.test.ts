import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '../../../src/core/glossary/glossary';
import { droppedTerms, termCounts } from '../../../src/core/glossary/glossaryConsistency';

const entry = (id: string, en: string[], zh: string[]): GlossaryEntry => ({ id, forms: { en, zh }, definition: {}, note: {} });
const GLOSSARY = [
  entry('stablecoin', ['stablecoin', 'stablecoins'], ['稳定币']),
  entry('bitcoin', ['bitcoin'], ['比特币']),
  entry('bitcoin-cash', ['bitcoin cash'], ['比特币现金']),
  entry('cbdc', ['CBDC', 'central bank digital currency'], ['央行数字货币', '法定数字货币']),
  entry('digital-currency', ['digital currency'], ['数字货币']),
  entry('chain-reform', ['chain reform'], ['链改']),
  entry('fincen', ['FinCEN'], ['美国金融犯罪执法网络']),
  entry('libra', ['Libra'], ['Libra', '天秤币']),
];
const counts = (locale: 'en' | 'zh', text: string, termIds?: string[]) =>
  Object.fromEntries(termCounts({ locale, text, termIds }, GLOSSARY));

describe('termCounts', () => {
  it.each([
    ['en', 'A Stablecoin, two STABLECOINS and a stablecoin.', { stablecoin: 3 }],
    // Whole words only: no stablecoin in "stablecoinage", no bitcoin in "bitcoiners".
    ['en', 'Stablecoinage and bitcoiners.', {}],
    // The longer term wins, and its words count for it only.
    ['en', 'Bitcoin cash is not bitcoin.', { 'bitcoin-cash': 1, bitcoin: 1 }],
    ['en', 'A central bank digital currency is a digital currency, a CBDC.', { cbdc: 2, 'digital-currency': 1 }],
    // Chinese forms match anywhere, the longer first: 央行数字货币 is not also 数字货币.
    ['zh', '比特币现金不是比特币。央行数字货币是数字货币。', { 'bitcoin-cash': 1, bitcoin: 1, cbdc: 1, 'digital-currency': 1 }],
    ['zh', '地方推动链改，链改先行。', { 'chain-reform': 2 }],
    // A Latin form in Chinese text touches Han characters and still counts, but not inside a longer Latin word.
    ['zh', 'Facebook宣布Libra项目，与Libra竞争；Libras不算。', { libra: 2 }],
    ['en', 'FinCEN局长 and FinCENs.', { fincen: 1 }],
  ] as const)('%s: %s', (locale, text, expected) => {
    expect(counts(locale, text)).toEqual(expected);
  });

  it('counts each <Term> as a use of its term', () => {
    expect(counts('zh', '它是私人货币。', ['stablecoin', 'stablecoin', 'cbdc'])).toEqual({ stablecoin: 2, cbdc: 1 });
  });
});

describe('droppedTerms', () => {
  it('names the terms of an original whose counterpart the translation never uses, most used first (en → zh)', () => {
    const original = { locale: 'en' as const, text: 'A stablecoin is not bitcoin. Stablecoins again, and a CBDC.' };
    const translation = { locale: 'zh' as const, text: '稳定代币不是比特币。' };
    expect(droppedTerms(original, translation, GLOSSARY)).toEqual([
      { id: 'stablecoin', term: 'stablecoin', count: 2, counterparts: ['稳定币'] },
      { id: 'cbdc', term: 'CBDC', count: 1, counterparts: ['央行数字货币', '法定数字货币'] },
    ]);
  });

  it('accepts any form of the counterpart, or a <Term>, as rendering the term (zh → en)', () => {
    const original = { locale: 'zh' as const, text: '链改和法定数字货币。稳定币。' };
    const translation = { locale: 'en' as const, text: 'Chain reform and a central bank digital currency.', termIds: ['stablecoin'] };
    expect(droppedTerms(original, translation, GLOSSARY)).toEqual([]);
    expect(droppedTerms(original, { locale: 'en', text: 'Reform and money.' }, GLOSSARY).map((d) => `${d.term} ${d.count}`)).toEqual([
      '稳定币 1',
      '央行数字货币 1',
      '链改 1',
    ]);
  });
});
