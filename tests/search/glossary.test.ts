import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseGlossary } from '../../src/search/glossary';

describe('parseGlossary', () => {
  it('accepts one form or a list per language', () => {
    expect(parseGlossary('- { zh: 稳定币, en: [stablecoin, stablecoins] }')).toEqual([
      { zh: ['稳定币'], en: ['stablecoin', 'stablecoins'] },
    ]);
    expect(parseGlossary('')).toEqual([]);
  });
  it.each([
    ['- { zh: 稳定币 }', /en/],
    ['- { zh: 稳定币, en: "" }', /en/],
    ['- { zh: 稳定币, en: stablecoin, fr: stablecoin }', /fr|unrecognized/i],
    ['- { zh: 稳定币, en: stablecoin }\n- { zh: 稳定币, en: Stablecoins }', /稳定币/],
    ['- { zh: 币, en: Coin }\n- { zh: 硬币, en: coin }', /coin/i],
  ])('rejects %s', (yaml, message) => {
    expect(() => parseGlossary(yaml)).toThrow(message);
  });

  it('the real glossary is valid and has the terms the corpus needs', () => {
    const glossary = parseGlossary(readFileSync('content/glossary.yaml', 'utf8'));
    const pairs = new Set(glossary.map((t) => `${t.zh[0]}|${t.en[0]}`));
    for (const pair of [
      '稳定币|stablecoin',
      '区块链|blockchain',
      '金融行动特别工作组|FATF',
      '美国金融犯罪执法网络|Fincen',
      '央行数字货币|CBDC',
      '比特币|bitcoin',
      '加密货币|cryptocurrency',
      '反洗钱|anti-money laundering',
      '旅行规则|Travel rule',
      '跨境贸易|cross-border trade',
      '美联储|Federal Reserve',
      '委内瑞拉|Venezuela',
      '石油币|Petro',
      '美国银行|Bank of America',
      '链改|chain reform',
    ])
      expect(pairs, pair).toContain(pair);
  });
});
