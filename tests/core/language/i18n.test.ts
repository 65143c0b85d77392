import { describe, expect, it } from 'vitest';
import { baseKeys, createTranslationSystem, UI_STRINGS } from '../../../src/core/language/i18n';
import { LOCALES } from '../../../src/core/language/locales';

describe('UI strings', () => {
  it('has the same keys in every language', () => {
    const [first, ...rest] = LOCALES;
    for (const locale of rest) expect(baseKeys(UI_STRINGS[locale])).toEqual(baseKeys(UI_STRINGS[first]));
  });

  it('has no empty strings', () => {
    for (const locale of LOCALES) {
      for (const [key, value] of Object.entries(UI_STRINGS[locale])) expect(value, `${locale}:${key}`).not.toBe('');
    }
  });

  it('has every plural form each language needs', () => {
    for (const locale of LOCALES) {
      const rules = new Intl.PluralRules(locale === 'zh' ? 'zh-CN' : locale);
      const plurals = Object.keys(UI_STRINGS[locale])
        .filter((k) => k.endsWith('_other'))
        .map((k) => k.slice(0, -6));
      for (const key of plurals) {
        for (const category of rules.resolvedOptions().pluralCategories) {
          expect(UI_STRINGS[locale], `${locale}: ${key}_${category}`).toHaveProperty(`${key}_${category}`);
        }
      }
    }
  });

  it('translates with plurals', () => {
    const t = createTranslationSystem();
    expect(t('en')('list.count', { count: 1 })).toBe('1 article');
    expect(t('en')('list.count', { count: 2 })).toBe('2 articles');
    expect(t('zh')('list.count', { count: 1 })).toBe('1 篇文章');
    expect(t('zh')('list.count', { count: 5 })).toBe('5 篇文章');
    expect(t('zh')('nav.home')).toBe('首页');
  });

  it('does not escape values twice (Astro escapes on output)', () => {
    const t = createTranslationSystem({ en: { x: 'a {{v}}' }, zh: { x: '甲 {{v}}' } });
    expect(t('en')('x', { v: '<b>' })).toBe('a <b>');
  });
});
