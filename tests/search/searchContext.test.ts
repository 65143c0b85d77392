import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE, LOCALES } from '../../src/core/locales';
import { parseSearchContext } from '../../src/search/searchContext';

describe('parseSearchContext', () => {
  it.each(LOCALES)('reads the locale %s and the strings', (locale) => {
    expect(parseSearchContext({ locale, strings: '{"search.label":"x"}' })).toEqual({ locale, strings: { 'search.label': 'x' } });
  });
  it.each([['fr'], [undefined], ['']])('falls back to the default locale for %j, with no strings when there are none', (locale) => {
    expect(parseSearchContext({ locale })).toEqual({ locale: DEFAULT_LOCALE, strings: {} });
  });
});
