import { describe, expect, it } from 'vitest';
import { UI_STRINGS } from '../../src/core/language/i18n';
import { listTerms, searchStatus } from '../../src/search/searchStatus';
import { searchStrings } from '../../src/search/searchStrings';

const en = searchStrings(UI_STRINGS.en);
const zh = searchStrings(UI_STRINGS.zh);

describe('listTerms', () => {
  it.each([
    [['stablecoin'], 'en', 'stablecoin'],
    [['a', 'b'], 'en', 'a, b'],
    [['a', 'b', 'c'], 'en', 'a, b, c'],
    [['石油币'], 'zh', '石油币'],
    [['区块链', 'blockchain'], 'zh', '区块链、blockchain'],
    [['甲', '乙', '丙'], 'zh', '甲、乙、丙'],
    [[], 'en', ''],
  ] as const)('%j in %s => %s', (terms, locale, text) => {
    expect(listTerms(terms, locale)).toBe(text);
  });
});

describe('searchStatus', () => {
  it('counts the results in the plural form of the page language', () => {
    expect(searchStatus({ query: 'x', total: 1, expanded: [] }, 'en', en, 'en')).toEqual([{ kind: 'text', text: '1 result.' }]);
    expect(searchStatus({ query: 'x', total: 3, expanded: [] }, 'en', en, 'en')).toEqual([{ kind: 'text', text: '3 results.' }]);
    expect(searchStatus({ query: 'x', total: 1, expanded: [] }, 'zh', zh, 'zh-CN')).toEqual([{ kind: 'text', text: '找到 1 条结果。' }]);
  });

  it('offers the other languages when nothing is found', () => {
    expect(searchStatus({ query: 'zebra', total: 0, expanded: [] }, 'en', en, 'en')).toEqual([
      { kind: 'text', text: 'Nothing found for “zebra”.' },
      { kind: 'otherLanguage', text: 'Search the 中文 articles instead', href: '/zh/search/?q=zebra' },
    ]);
    expect(searchStatus({ query: '马杜罗', total: 0, expanded: [] }, 'zh', zh, 'zh-CN')).toEqual([
      { kind: 'text', text: '没有找到与“马杜罗”相关的内容。' },
      { kind: 'otherLanguage', text: '改为搜索 English 文章', href: '/en/search/?q=%E9%A9%AC%E6%9D%9C%E7%BD%97' },
    ]);
  });

  it('says what else was searched for: the converted query, then the glossary counterparts', () => {
    const expanded = [{ term: '稳定币', counterparts: ['stablecoin'] }];
    expect(searchStatus({ query: '稳定币', total: 1, expanded }, 'en', en, 'en')).toEqual([
      { kind: 'text', text: '1 result.' },
      { kind: 'expanded', text: 'Also searched for: stablecoin.' },
    ]);
    const both = { query: '區塊鏈', total: 2, converted: '区块链', expanded: [{ term: '区块链', counterparts: ['blockchain'] }] };
    expect(searchStatus(both, 'zh', zh, 'zh-CN').at(-1)).toEqual({ kind: 'expanded', text: '同时搜索了：区块链、blockchain。' });
    expect(searchStatus({ ...both, query: 'x' }, 'en', en, 'en').at(-1)).toEqual({
      kind: 'expanded',
      text: 'Also searched for: 区块链, blockchain.',
    });
  });

  it('leaves out what was not changed or found', () => {
    const parts = searchStatus(
      { query: 'zebra', total: 0, converted: undefined, expanded: [{ term: 'x', counterparts: [] }] },
      'en',
      en,
      'en',
    );
    expect(parts.map((p) => p.kind)).toEqual(['text', 'otherLanguage']);
  });

  it('keeps the query as text, whatever it holds', () => {
    const [first] = searchStatus({ query: '<img src=x onerror=alert(1)>', total: 0, expanded: [] }, 'en', en, 'en');
    expect(first).toEqual({ kind: 'text', text: 'Nothing found for “<img src=x onerror=alert(1)>”.' });
  });
});
