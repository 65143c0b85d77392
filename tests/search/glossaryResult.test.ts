import { describe, expect, it } from 'vitest';
import { glossaryMatches } from '../../src/search/glossaryResult';

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
