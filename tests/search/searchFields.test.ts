import { describe, expect, it } from 'vitest';
import { glossarySearchFields, searchFields } from '../../src/search/searchFields';

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
      {
        meta: { date: '2018-01-02', language: 'zh', kind: 'brief' },
        filters: { year: ['2018'], kind: ['brief'] },
        sort: { date: '2018-01-02' },
      },
    ],
  ])('%j', (input, fields) => {
    expect(searchFields(input)).toEqual(fields);
  });
});

describe('glossarySearchFields', () => {
  it('marks a glossary page as a kind of its own, with no date to sort by', () => {
    expect(glossarySearchFields('zh')).toEqual({ meta: { language: 'zh', kind: 'glossary' }, filters: { kind: ['glossary'] }, sort: {} });
  });
});
