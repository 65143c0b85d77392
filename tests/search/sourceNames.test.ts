import { describe, expect, it } from 'vitest';
import { sourceChoices, sourceNames, sourceNamesOfGroups } from '../../src/search/sourceNames';
import { lastResults, MAKE_AFRESH } from '../../src/core/build/reuse';

const named = (name: string) => ({ source: { name } });

describe('sourceNames', () => {
  it.each([
    [
      'a translation and its original name one source, each in its language; the id is the first language’s name',
      [{ zh: named('中国银行保险报'), en: named('China Banking and Insurance News') }],
      { 中国银行保险报: 'China Banking and Insurance News', 'China Banking and Insurance News': 'China Banking and Insurance News' },
      { en: ['China Banking and Insurance News'], zh: ['中国银行保险报'] },
    ],
    [
      'an article with no translation joins its source through another article’s pair',
      [{ zh: named('互链脉搏') }, { zh: named('互链脉搏'), en: named('Hulian Maibo') }, { en: named('Reuters') }],
      { 互链脉搏: 'Hulian Maibo', 'Hulian Maibo': 'Hulian Maibo', Reuters: 'Reuters' },
      { en: ['Hulian Maibo', 'Reuters'], zh: ['互链脉搏', 'Reuters'] },
    ],
    [
      'a source known in one language only keeps that name in both',
      [{ zh: named('新浪财经') }],
      { 新浪财经: '新浪财经' },
      { en: ['新浪财经'], zh: ['新浪财经'] },
    ],
    [
      'names linked through several pairs are one source, named as most articles of a language name it',
      [
        { zh: named('路透'), en: named('Reuters') },
        { zh: named('路透社'), en: named('Reuters') },
        { zh: named('路透社'), en: named('Reuters news') },
      ],
      { 路透: 'Reuters', 路透社: 'Reuters', Reuters: 'Reuters', 'Reuters news': 'Reuters' },
      { en: ['Reuters'], zh: ['路透社'] },
    ],
    ['articles without a source give none', [{ zh: {}, en: undefined }], {}, { en: [], zh: [] }],
  ])('%s', (_, articles, ids, labels) => {
    const sources = sourceNames(articles);
    expect(Object.fromEntries([...sources].map(([name, s]) => [name, s.id]))).toEqual(ids);
    expect(sourceChoices(sources, 'en').map((c) => c.label)).toEqual(labels.en);
    expect(sourceChoices(sources, 'zh').map((c) => c.label)).toEqual(labels.zh);
  });

  it('gives each choice the id as its value, so a filter finds the pages of every name', () => {
    const sources = sourceNames([{ zh: named('路透社'), en: named('Reuters') }]);
    expect(sourceChoices(sources, 'zh')).toEqual([{ value: 'Reuters', label: '路透社' }]);
  });
});

describe('sourceNamesOfGroups, the sources of an article index', () => {
  const version = (name?: string) => ({ entry: { data: name ? named(name) : {} } });
  const groups = [{ zh: version('路透社'), en: version('Reuters') }, { zh: version('新浪财经') }, { en: version() }];

  it('names the sources as sourceNames does', () => {
    expect(sourceNamesOfGroups(groups, MAKE_AFRESH)).toEqual(
      sourceNames([{ zh: named('路透社'), en: named('Reuters') }, { zh: named('新浪财经') }, { en: {} }]),
    );
  });

  it('gives back the earlier names while no source name changed, and names them again when one did', () => {
    const reuse = lastResults();
    const first = sourceNamesOfGroups(groups, reuse);
    expect(sourceNamesOfGroups([...groups.slice(0, 2), { en: version() }], reuse)).toBe(first);
    const renamed = sourceNamesOfGroups([groups[0]!, { zh: version('新浪财经'), en: version('Sina Finance') }, groups[2]!], reuse);
    expect(renamed.get('新浪财经')?.id).toBe('Sina Finance');
    const moved = sourceNamesOfGroups([{ en: version('路透社'), zh: version('Reuters') }, ...groups.slice(1)], reuse);
    expect(moved.get('Reuters')?.names).toEqual({ en: '路透社', zh: 'Reuters' });
  });
});
