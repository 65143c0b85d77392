import { describe, expect, it } from 'vitest';
import { mergeResults } from '../../src/search/searchMerge';

describe('mergeResults', () => {
  it('keeps each page once, with its best score, best first', () => {
    const a = { id: 'a', score: 1 };
    expect(
      mergeResults([
        [a, { id: 'c', score: 0.5 }],
        [
          { id: 'b', score: 3 },
          { id: 'a', score: 2 },
        ],
      ]),
    ).toEqual([
      { id: 'b', score: 3 },
      { id: 'a', score: 2 },
      { id: 'c', score: 0.5 },
    ]);
    expect(mergeResults([])).toEqual([]);
  });
});
