import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '../../../src/core/glossary/glossary';
import { glossaryGroups, inLanguage, termRefs, termView } from '../../../src/core/glossary/glossaryView';

const entry = (id: string, en: string[], zh: string[], more: Partial<GlossaryEntry> = {}): GlossaryEntry => ({
  id,
  forms: { en, zh },
  definition: {},
  note: {},
  ...more,
});

const ENTRIES = [
  entry('stablecoin', ['stablecoin', 'stablecoins'], ['稳定币'], { definition: { en: 'A steady coin.', zh: '价格稳定的币。' } }),
  entry('cbdc', ['CBDC', 'central bank digital currency'], ['央行数字货币', '法定数字货币'], { definition: { en: 'Central bank money.' } }),
  entry('bitcoin', ['bitcoin'], ['比特币'], { note: { zh: '首字母小写。' } }),
  entry('3d-printing', ['3D printing'], ['3D打印']),
];

describe('inLanguage', () => {
  it('takes the reader’s language, else another one, else nothing', () => {
    expect(inLanguage({ en: 'A', zh: '甲' }, 'zh')).toEqual({ lang: 'zh', text: '甲' });
    expect(inLanguage({ zh: '甲' }, 'en')).toEqual({ lang: 'zh', text: '甲' });
    expect(inLanguage({}, 'en')).toBeUndefined();
  });
});

describe('termView', () => {
  it('shows the headword and variants of the reader’s language, and the other language’s headword', () => {
    expect(termView(ENTRIES[1]!, 'zh')).toEqual({
      id: 'cbdc',
      term: '央行数字货币',
      variants: ['法定数字货币'],
      counterparts: [{ lang: 'en', text: 'CBDC' }],
      definition: { lang: 'en', text: 'Central bank money.' },
      note: undefined,
    });
    expect(termView(ENTRIES[0]!, 'en')).toMatchObject({ term: 'stablecoin', variants: ['stablecoins'], definition: { lang: 'en' } });
  });
});

describe('glossaryGroups', () => {
  const letters = (locale: 'en' | 'zh') =>
    glossaryGroups(ENTRIES, locale).map((g) => `${g.letter}: ${g.terms.map((t) => t.term).join(', ')}`);

  it('lists every term in the reader’s order under its letter, digits and symbols last', () => {
    expect(letters('en')).toEqual(['B: bitcoin', 'C: CBDC', 'S: stablecoin', '#: 3D printing']);
    expect(letters('zh')).toEqual(['B: 比特币', 'W: 稳定币', 'Y: 央行数字货币', '#: 3D打印']);
  });

  it('has no group without terms', () => {
    expect(glossaryGroups([], 'en')).toEqual([]);
  });
});

describe('termRefs', () => {
  it('gives each named term once, in the article’s language, linked to the reader’s glossary, leaving unknown ids out', () => {
    expect(termRefs(['cbdc', 'stablecoin', 'cbdc', 'nope'], ENTRIES, 'en', 'zh')).toEqual([
      { id: 'cbdc', term: 'CBDC', counterparts: [{ lang: 'zh', text: '央行数字货币' }], href: '/zh/glossary/#cbdc' },
      { id: 'stablecoin', term: 'stablecoin', counterparts: [{ lang: 'zh', text: '稳定币' }], href: '/zh/glossary/#stablecoin' },
    ]);
    expect(termRefs(['bitcoin'], ENTRIES, 'zh', 'zh')).toEqual([
      { id: 'bitcoin', term: '比特币', counterparts: [{ lang: 'en', text: 'bitcoin' }], href: '/zh/glossary/#bitcoin' },
    ]);
  });
});
