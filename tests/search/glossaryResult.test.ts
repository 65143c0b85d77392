import { describe, expect, it } from 'vitest';
import { glossaryMatches, glossaryScore } from '../../src/search/glossaryResult';

const section = (id: string, ...scores: number[]) => ({
  title: id,
  url: id ? `/en/glossary/#${id}` : '/en/glossary/',
  excerpt: '',
  weighted_locations: scores.map((balanced_score) => ({ balanced_score })),
});

describe('glossaryMatches', () => {
  it('puts the best-matched term first, keeps the page order on ties, and leaves out the page’s own title', () => {
    const sections = [section('', 9), section('bank-run', 1), section('cbdc', 1), section('stablecoin', 6, 1), section('reserves', 2)];
    expect(glossaryMatches(sections).map((s) => s.title)).toEqual(['stablecoin', 'reserves', 'bank-run', 'cbdc']);
  });

  it('counts a section without weights as no match', () => {
    expect(glossaryMatches([{ title: 'a', url: '/g/#a', excerpt: '' }, section('b', 1)]).map((s) => s.title)).toEqual(['b', 'a']);
  });
});

describe('glossaryScore', () => {
  it.each([
    ['one term matched keeps the page’s score', 6, [section('stablecoin', 2, 1)], 6],
    ['two terms matched alike keep half each: the result shows one', 6, [section('petro', 1), section('venezuela', 1)], 3],
    [
      'the best term’s share of every match, the page’s title counted too',
      8,
      [section('', 1), section('stablecoin', 2), section('petro', 1)],
      4,
    ],
    ['the weaker term’s matches in a definition count against it', 5, [section('stablecoin', 3), section('petro', 1, 1)], 3],
    ['no weights to split by: the page’s score', 4, [{ title: 'a', url: '/g/#a', excerpt: '' }], 4],
    ['no sections: the page’s score', 4, [], 4],
  ])('%s', (_, score, sections, expected) => {
    expect(glossaryScore(score, sections)).toBeCloseTo(expected);
  });
});
