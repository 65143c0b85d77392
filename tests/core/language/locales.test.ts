import { describe, expect, it } from 'vitest';
import { formatLang, htmlLang, isLocale, LOCALES, matchLocale, otherLocales } from '../../../src/core/language/locales';

describe('locales', () => {
  it('has English and Chinese', () => {
    expect([...LOCALES]).toEqual(['en', 'zh']);
  });

  it.each([
    ['en', true],
    ['zh', true],
    ['zh-CN', false],
    ['fr', false],
    [undefined, false],
  ])('isLocale(%s) => %s', (value, expected) => {
    expect(isLocale(value)).toBe(expected);
  });

  it.each([
    ['en', 'en'],
    ['zh', 'zh-CN'],
  ] as const)('htmlLang(%s) => %s', (locale, expected) => {
    expect(htmlLang(locale)).toBe(expected);
  });

  it.each([
    ['en', 'en-GB'],
    ['zh', 'zh-CN'],
  ] as const)('formatLang(%s) => %s', (locale, expected) => {
    expect(formatLang(locale)).toBe(expected);
  });

  it('lists the other locales', () => {
    expect(otherLocales('en')).toEqual(['zh']);
    expect(otherLocales('zh')).toEqual(['en']);
  });

  it.each([
    [['zh-TW', 'en-US'], 'zh'],
    [['fr-FR', 'en-GB'], 'en'],
    [['de'], 'en'],
    [[], 'en'],
    [['ZH-hans-CN'], 'zh'],
  ])('matchLocale(%j) => %s', (langs, expected) => {
    expect(matchLocale(langs)).toBe(expected);
  });
});
