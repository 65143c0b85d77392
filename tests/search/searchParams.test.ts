import { describe, expect, it } from 'vitest';
import { isBlankSearch, pagefindFilters, readSearchParams, writeSearchParams } from '../../src/search/searchParams';

describe('search URL state', () => {
  it.each([
    ['?q=%E7%A8%B3%E5%AE%9A%E5%B8%81', { query: '稳定币', all: false, filters: {}, sort: 'relevance' }],
    [
      '?q=+fatf+&all=1&topic=cbdc&year=2019&source=Reuters&kind=brief&sort=date',
      {
        query: 'fatf',
        all: true,
        filters: { topic: 'cbdc', year: '2019', source: 'Reuters', kind: 'brief' },
        sort: 'date',
      },
    ],
    ['?all=yes&sort=oldest&colour=red', { query: '', all: false, filters: {}, sort: 'relevance' }],
    ['', { query: '', all: false, filters: {}, sort: 'relevance' }],
  ])('reads %s', (search, state) => {
    expect(readSearchParams(search)).toEqual(state);
  });
  it.each([
    [{ query: 'fatf', all: true, filters: {}, sort: 'relevance' as const }, '?q=fatf&all=1'],
    [
      { query: '稳定币 x', all: false, filters: { year: '2019' }, sort: 'date' as const },
      '?q=%E7%A8%B3%E5%AE%9A%E5%B8%81+x&year=2019&sort=date',
    ],
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
