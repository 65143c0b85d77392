import { describe, expect, it } from 'vitest';
import { UI_STRINGS } from '../../src/core/language/i18n';
import { interpolate, pluralText } from '../../src/core/language/uiText';
import { LOCALES } from '../../src/core/language/locales';
import { searchStrings, searchStringTables } from '../../src/search/searchStrings';

// The search strings as the browser gets them (searchStrings) and fills them in (interpolate, pluralText).
describe('UI text in the browser', () => {
  it.each([
    ['{{count}} results', { count: 3 }, '3 results'],
    ['“{{query}}”', { query: '<b>' }, '“<b>”'],
    ['{{missing}}', {}, '{{missing}}'],
  ])('interpolate(%s)', (template, values, text) => {
    expect(interpolate(template, values)).toBe(text);
  });
  it.each([
    ['en', 1, '1 result.'],
    ['en', 2, '2 results.'],
    ['zh-CN', 1, '找到 1 条结果。'],
  ] as const)('pluralText(%s, %d)', (lang, count, text) => {
    const strings = lang === 'en' ? UI_STRINGS.en : UI_STRINGS.zh;
    expect(pluralText(strings, 'search.results', count, lang)).toBe(text);
  });
  it('ships only the search strings', () => {
    const strings = searchStrings(UI_STRINGS.zh);
    expect(Object.keys(strings).every((k) => k.startsWith('search.') && !k.startsWith('search.page.'))).toBe(true);
    expect(strings['search.alsoOther']).toBe('同时搜索 {{language}} 文章');
  });
  it('ships every locale its search strings, and nothing else', () => {
    const tables = searchStringTables(UI_STRINGS);
    expect(Object.keys(tables)).toEqual([...LOCALES]);
    for (const locale of LOCALES) expect(tables[locale]).toEqual(searchStrings(UI_STRINGS[locale]));
  });
});
