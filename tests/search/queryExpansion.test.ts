import { describe, expect, it } from 'vitest';
import { expandQuery, type GlossaryTerm } from '../../src/search/queryExpansion';

const GLOSSARY: GlossaryTerm[] = [
  { zh: ['稳定币'], en: ['stablecoin', 'stablecoins'] },
  { zh: ['央行数字货币'], en: ['CBDC'] },
  { zh: ['数字货币'], en: ['digital currency'] },
  { zh: ['金融行动特别工作组'], en: ['FATF'] },
  { zh: ['石油币'], en: ['Petro'] },
  { zh: ['Facebook'], en: ['Facebook'] },
  { zh: ['Libra', '天秤币'], en: ['Libra'] },
];

describe('expandQuery', () => {
  it.each([
    ['稳定币', ['稳定币', 'stablecoin'], ['稳定币']],
    ['stablecoins', ['stablecoins', '稳定币'], ['stablecoins']],
    ['Petro', ['Petro', '石油币'], ['Petro']],
    ['petro', ['petro', '石油币'], ['petro']],
    ['FATF 规则', ['FATF 规则', '金融行动特别工作组 规则'], ['FATF']],
    // The longer term wins over the shorter one inside it.
    ['央行数字货币', ['央行数字货币', 'CBDC'], ['央行数字货币']],
    ['数字货币监管', ['数字货币监管', 'digital currency 监管'], ['数字货币']],
    // Latin terms match whole words only.
    ['petroleum', ['petroleum'], []],
    // A Latin term may touch Han characters: Chinese writes no space between them.
    ['Petro支付', ['Petro支付', '石油币 支付'], ['Petro']],
    ['委内瑞拉Petro', ['委内瑞拉Petro', '委内瑞拉 石油币'], ['Petro']],
    // A term both languages write alike is not searched for twice, nor reported as expanded.
    ['Facebook', ['Facebook'], []],
    ['Libra', ['Libra'], []],
    ['天秤币', ['天秤币', 'Libra'], ['天秤币']],
    ['  bank   run ', ['bank run'], []],
    ['', [], []],
  ])('%s => %j', (query, queries, terms) => {
    const result = expandQuery(query, GLOSSARY);
    expect(result.queries).toEqual(queries);
    expect(result.expanded.map((e) => e.term)).toEqual(terms);
  });

  it('tells what a term was expanded to', () => {
    expect(expandQuery('稳定币', GLOSSARY).expanded).toEqual([{ term: '稳定币', counterparts: ['stablecoin'] }]);
  });
});
