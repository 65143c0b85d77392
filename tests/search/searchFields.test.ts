import { describe, expect, it } from 'vitest';
import { glossarySearchFields, searchFields } from '../../src/search/searchFields';

describe('searchFields', () => {
  it.each([
    [
      {
        locale: 'zh' as const,
        date: new Date('2019-11-18'),
        kind: 'article',
        source: { name: '路透社', id: 'Reuters' },
        topics: ['regulation', 'cbdc'],
      },
      {
        // The name is shown; the filter holds the id every name of the source shares.
        meta: { date: '2019-11-18', language: 'zh', kind: 'article', source: '路透社' },
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
