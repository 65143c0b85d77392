import { describe, expect, it } from 'vitest';
import type { Locale } from '../../../src/core/language/locales';
import { originalVersion } from '../../../src/core/translations/originalVersion';

interface Version {
  name: string;
  translation?: { from?: string };
}

const original = (versions: Partial<Record<Locale, Version>>) => originalVersion(versions, (v) => v.translation).name;

describe('originalVersion', () => {
  it.each([
    ['the only version', { zh: { name: 'zh' } }, 'zh'],
    ['the only version, even when it says it is a translation', { en: { name: 'en', translation: { from: 'zh' } } }, 'en'],
    ['the version that is not a translation', { en: { name: 'en', translation: { from: 'zh' } }, zh: { name: 'zh' } }, 'zh'],
    [
      'the version the first translation names, when both say they are translations',
      { en: { name: 'en', translation: { from: 'zh' } }, zh: { name: 'zh', translation: { from: 'en' } } },
      'zh',
    ],
    [
      'the first in locale order, when the named language has no version',
      { en: { name: 'en', translation: {} }, zh: { name: 'zh', translation: { from: 'fr' } } },
      'en',
    ],
    [
      'the first in locale order, when the first translation names no language (a later one is not asked)',
      { en: { name: 'en', translation: {} }, zh: { name: 'zh', translation: { from: 'zh' } } },
      'en',
    ],
    ['the first in locale order, when neither is a translation', { en: { name: 'en' }, zh: { name: 'zh' } }, 'en'],
  ] as const)('%s', (_, versions, expected) => expect(original(versions)).toBe(expected));

  it('refuses an empty group', () => {
    expect(() => original({})).toThrow(/at least one version/);
  });
});
