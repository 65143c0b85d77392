import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseGlossary } from '../../src/search/glossary';
import { hasHan, unquoteHan } from '../../src/search/han';
import { UI_STRINGS } from '../../src/core/i18n';
import { expandQuery, type GlossaryTerm } from '../../src/search/queryExpansion';
import { decodeEntities, excerptParts } from '../../src/search/searchExcerpt';
import { searchFacets } from '../../src/search/searchFacets';
import { searchFields } from '../../src/search/searchFields';
import { mergeResults } from '../../src/search/searchMerge';
import { isBlankSearch, pagefindFilters, readSearchParams, writeSearchParams } from '../../src/search/searchParams';
import { searchStrings } from '../../src/search/searchStrings';
import { interpolate, pluralText } from '../../src/core/uiText';

const GLOSSARY: GlossaryTerm[] = [
  { zh: ['稳定币'], en: ['stablecoin', 'stablecoins'] },
  { zh: ['央行数字货币'], en: ['CBDC'] },
  { zh: ['数字货币'], en: ['digital currency'] },
  { zh: ['金融行动特别工作组'], en: ['FATF'] },
  { zh: ['石油币'], en: ['Petro'] },
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

describe('parseGlossary', () => {
  it('accepts one form or a list per language', () => {
    expect(parseGlossary('- { zh: 稳定币, en: [stablecoin, stablecoins] }')).toEqual([{ zh: ['稳定币'], en: ['stablecoin', 'stablecoins'] }]);
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
      '稳定币|stablecoin', '区块链|blockchain', '金融行动特别工作组|FATF', '美国金融犯罪执法网络|Fincen', '央行数字货币|CBDC',
      '比特币|bitcoin', '加密货币|cryptocurrency', '反洗钱|anti-money laundering', '旅行规则|Travel rule', '跨境贸易|cross-border trade',
      '美联储|Federal Reserve', '委内瑞拉|Venezuela', '石油币|Petro', '美国银行|Bank of America', '链改|chain reform',
    ]) expect(pairs, pair).toContain(pair);
  });
});

describe('excerptParts', () => {
  it.each([
    ['a <mark>b</mark> c', [{ text: 'a ', mark: false }, { text: 'b', mark: true }, { text: ' c', mark: false }]],
    ['<mark>稳定</mark><mark>币</mark>\u200b监管', [{ text: '稳定币', mark: true }, { text: '监管', mark: false }]],
    ['&lt;img src=x onerror=alert(1)&gt;', [{ text: '<img src=x onerror=alert(1)>', mark: false }]],
    ['<b>x</b> &amp; <mark>y</mark>', [{ text: '<b>x</b> & ', mark: false }, { text: 'y', mark: true }]],
    ['', []],
  ])('%s', (excerpt, parts) => {
    expect(excerptParts(excerpt)).toEqual(parts);
  });
  it.each([
    ['a &amp; b', 'a & b'],
    ['&#39;x&#x27;', "'x'"],
    ['&unknown; &#99999999;', '&unknown; &#99999999;'],
  ])('decodeEntities(%s) => %s', (input, output) => {
    expect(decodeEntities(input)).toBe(output);
  });
});

describe('search URL state', () => {
  it.each([
    ['?q=%E7%A8%B3%E5%AE%9A%E5%B8%81', { query: '稳定币', all: false, filters: {}, sort: 'relevance' }],
    ['?q=+fatf+&all=1&topic=cbdc&year=2019&source=Reuters&kind=brief&sort=date', {
      query: 'fatf', all: true, filters: { topic: 'cbdc', year: '2019', source: 'Reuters', kind: 'brief' }, sort: 'date',
    }],
    ['?all=yes&sort=oldest&colour=red', { query: '', all: false, filters: {}, sort: 'relevance' }],
    ['', { query: '', all: false, filters: {}, sort: 'relevance' }],
  ])('reads %s', (search, state) => {
    expect(readSearchParams(search)).toEqual(state);
  });
  it.each([
    [{ query: 'fatf', all: true, filters: {}, sort: 'relevance' as const }, '?q=fatf&all=1'],
    [{ query: '稳定币 x', all: false, filters: { year: '2019' }, sort: 'date' as const }, '?q=%E7%A8%B3%E5%AE%9A%E5%B8%81+x&year=2019&sort=date'],
    [{ query: '', all: false, filters: {}, sort: 'relevance' as const }, ''],
  ])('writes %j => %s', (state, search) => {
    expect(writeSearchParams(state)).toBe(search);
    expect(readSearchParams(search)).toEqual(state);
  });
  it.each([
    [{ query: '', filters: {} }, true],
    [{ query: '', filters: { year: '2019' } }, false],
    [{ query: 'fatf', filters: {} }, false],
  ])('isBlankSearch(%j) => %s', (state, blank) => {
    expect(isBlankSearch(state)).toBe(blank);
  });
  it('turns facets into Pagefind filters', () => {
    expect(pagefindFilters({ topic: 'cbdc', year: '2019' })).toEqual({ topic: ['cbdc'], year: ['2019'] });
    expect(pagefindFilters({})).toEqual({});
  });
});

describe('mergeResults', () => {
  it('keeps each page once, with its best score, best first', () => {
    const a = { id: 'a', score: 1 };
    expect(mergeResults([[a, { id: 'c', score: 0.5 }], [{ id: 'b', score: 3 }, { id: 'a', score: 2 }]])).toEqual([
      { id: 'b', score: 3 }, { id: 'a', score: 2 }, { id: 'c', score: 0.5 },
    ]);
    expect(mergeResults([])).toEqual([]);
  });
});

describe('searchFields', () => {
  it.each([
    [
      { locale: 'en' as const, date: new Date('2019-11-18'), kind: 'article', source: { name: 'Reuters' }, topics: ['regulation', 'cbdc'] },
      {
        meta: { date: '2019-11-18', language: 'en', kind: 'article', source: 'Reuters' },
        filters: { topic: ['regulation', 'cbdc'], year: ['2019'], kind: ['article'], source: ['Reuters'] },
        sort: { date: '2019-11-18' },
      },
    ],
    [
      { locale: 'zh' as const, date: new Date('2018-01-02'), kind: 'brief', topics: [] },
      { meta: { date: '2018-01-02', language: 'zh', kind: 'brief' }, filters: { year: ['2018'], kind: ['brief'] }, sort: { date: '2018-01-02' } },
    ],
  ])('%j', (input, fields) => {
    expect(searchFields(input)).toEqual(fields);
  });
});

describe('searchFacets', () => {
  it('lists every year (newest first), source and kind once', () => {
    expect(
      searchFacets([
        { date: new Date('2018-05-01'), kind: 'article', source: { name: 'Reuters' } },
        { date: new Date('2019-11-18'), kind: 'brief', source: { name: 'CryptoGlobe' } },
        { date: new Date('2019-01-01'), kind: 'article' },
      ]),
    ).toEqual({ years: ['2019', '2018'], sources: ['CryptoGlobe', 'Reuters'], kinds: ['article', 'brief'] });
  });
});

describe('UI text in the browser', () => {
  it.each([
    ['{{count}} results', { count: 3 }, '3 results'],
    ['“{{query}}”', { query: '<b>' }, '“<b>”'],
    ['{{missing}}', {}, '{{missing}}'],
  ])('interpolate(%s)', (template, values, text) => {
    expect(interpolate(template, values)).toBe(text);
  });
  it.each([
    ['en', 1, '1 result.'],
    ['en', 2, '2 results.'],
    ['zh-CN', 1, '找到 1 条结果。'],
  ] as const)('pluralText(%s, %d)', (lang, count, text) => {
    const strings = lang === 'en' ? UI_STRINGS.en : UI_STRINGS.zh;
    expect(pluralText(strings, 'search.results', count, lang)).toBe(text);
  });
  it('ships only the search strings', () => {
    const strings = searchStrings(UI_STRINGS.zh);
    expect(Object.keys(strings).every((k) => k.startsWith('search.') && !k.startsWith('search.page.'))).toBe(true);
    expect(strings['search.alsoOther']).toBe('同时搜索 {{language}} 文章');
  });
  it.each([
    ['FATF 规则', true],
    ['區塊鏈', true],
    ['FATF', false],
  ])('hasHan(%s) => %s', (text, han) => {
    expect(hasHan(text)).toBe(han);
  });
  it.each([
    ['"美联储官员"', '美联储官员'],
    ['“稳定币”监管', '稳定币监管'],
    ['「区块链」 "payment risks"', '区块链 "payment risks"'],
    ['"payment risks"', '"payment risks"'],
  ])('unquoteHan(%s) => %s', (query, unquoted) => {
    expect(unquoteHan(query)).toBe(unquoted);
  });
});
