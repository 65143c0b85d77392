import { describe, expect, it } from 'vitest';
import { searchFacets } from '../../src/search/searchFacets';

describe('searchFacets', () => {
  it('lists every year (newest first) and kind once', () => {
    expect(
      searchFacets([
        { date: new Date('2018-05-01'), kind: 'article' },
        { date: new Date('2019-11-18'), kind: 'brief' },
        { date: new Date('2019-01-01'), kind: 'article' },
      ]),
    ).toEqual({ years: ['2019', '2018'], kinds: ['article', 'brief'] });
  });
});
