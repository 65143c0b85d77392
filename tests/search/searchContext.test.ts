import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE, LOCALES } from '../../src/core/language/locales';
import { parseSearchContext } from '../../src/search/searchContext';

const tables = Object.fromEntries(LOCALES.map((l) => [l, { 'search.label': `label ${l}` }]));

describe('parseSearchContext', () => {
  it.each(LOCALES)('reads the locale %s and picks its strings', (locale) => {
    expect(parseSearchContext({ locale }, tables)).toEqual({ locale, strings: { 'search.label': `label ${locale}` } });
  });
  it.each([['fr'], [undefined], ['']])('falls back to the default locale for %j, with its strings', (locale) => {
    expect(parseSearchContext({ locale }, tables)).toEqual({
      locale: DEFAULT_LOCALE,
      strings: { 'search.label': `label ${DEFAULT_LOCALE}` },
    });
  });
  it('has no strings when the tables lack the locale', () => {
    expect(parseSearchContext({ locale: DEFAULT_LOCALE }, {})).toEqual({ locale: DEFAULT_LOCALE, strings: {} });
  });
});
