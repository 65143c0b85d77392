import i18next, { type TFunction } from 'i18next';
import { describe, expect, it, vi } from 'vitest';
import { baseKeys, createTranslationSystem, rememberPlain, REMEMBERED_WITH_OPTIONS, UI_STRINGS } from '../../../src/core/language/i18n';
import { htmlLang, LOCALES } from '../../../src/core/language/locales';

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

describe('rememberPlain', () => {
  /** i18next as createTranslationSystem sets it up, without the remembering. */
  function plainI18next(locale: (typeof LOCALES)[number]): TFunction {
    const instance = i18next.createInstance();
    void instance.init({
      initAsync: false,
      resources: Object.fromEntries(LOCALES.map((l) => [htmlLang(l), { translation: UI_STRINGS[l] }])),
      lng: htmlLang(LOCALES[0]),
      fallbackLng: false,
      keySeparator: false,
      nsSeparator: false,
      returnEmptyString: false,
      interpolation: { escapeValue: false },
    });
    return instance.getFixedT(htmlLang(locale));
  }

  it('gives what i18next gives for every key, asked twice, with and without options', () => {
    const t = createTranslationSystem();
    for (const locale of LOCALES) {
      const reference = plainI18next(locale);
      for (const key of [...baseKeys(UI_STRINGS[locale]), 'no.such.key']) {
        expect(t(locale)(key), `${locale}:${key}`).toBe(reference(key));
        expect(t(locale)(key), `${locale}:${key} again`).toBe(reference(key));
        for (const count of [0, 1, 2, 7]) {
          const options = { count, name: 'N', page: count, total: 9, language: 'L', title: 'T', source: 'S', credit: 'C', reference: 'R' };
          expect(t(locale)(key, options), `${locale}:${key} ${count}`).toBe(reference(key, options));
          expect(t(locale)(key, { ...options }), `${locale}:${key} ${count} again`).toBe(reference(key, options));
        }
      }
    }
  });

  it('asks i18next once for a key alone, and once for a key with the same plain options', () => {
    const fixed = vi.fn((key: string, options?: { count?: number }) => `${key}:${options?.count ?? '-'}`);
    const t = rememberPlain(fixed as unknown as TFunction);
    expect(t('a')).toBe('a:-');
    expect(t('a')).toBe('a:-');
    expect(t('b')).toBe('b:-');
    expect(fixed).toHaveBeenCalledTimes(2);
    expect(t('a', { count: 1 })).toBe('a:1');
    expect(t('a', { count: 2 })).toBe('a:2');
    expect(t('a', { count: 2 })).toBe('a:2');
    expect(t('b', { count: 2 })).toBe('b:2');
    expect(fixed).toHaveBeenCalledTimes(5);
  });

  it.each([
    ['an object', { v: { x: 1 } }],
    ['a date', { v: new Date(0) }],
    ['null', { v: null }],
    ['undefined', { v: undefined }],
    ['NaN', { count: NaN }],
    ['Infinity', { count: Infinity }],
    ['-0', { count: -0 }],
    ['a function', { v: () => 'x' }],
    [
      'a class instance',
      new (class {
        count = 1;
      })(),
    ],
  ])('asks i18next every time for options holding %s', (_, options) => {
    const fixed = vi.fn(() => 'x');
    const t = rememberPlain(fixed as unknown as TFunction);
    t('a', options as never);
    t('a', options as never);
    expect(fixed).toHaveBeenCalledTimes(2);
  });

  it('asks i18next every time for several keys or more arguments', () => {
    const fixed = vi.fn(() => 'x');
    const t = rememberPlain(fixed as unknown as TFunction) as unknown as (...args: unknown[]) => unknown;
    t(['a', 'b']);
    t(['a', 'b']);
    t('a', 'default', { count: 1 });
    t('a', 'default', { count: 1 });
    expect(fixed).toHaveBeenCalledTimes(4);
  });

  it('stops remembering calls with options past REMEMBERED_WITH_OPTIONS, still answering them', () => {
    const fixed = vi.fn((key: string, options?: { n?: number }) => `${key}${options?.n}`);
    const t = rememberPlain(fixed as unknown as TFunction);
    for (let n = 0; n < REMEMBERED_WITH_OPTIONS + 10; n++) expect(t('k', { n })).toBe(`k${n}`);
    expect(fixed).toHaveBeenCalledTimes(REMEMBERED_WITH_OPTIONS + 10);
    expect(t('k', { n: 0 })).toBe('k0');
    expect(t('k', { n: REMEMBERED_WITH_OPTIONS + 5 })).toBe(`k${REMEMBERED_WITH_OPTIONS + 5}`);
    expect(fixed).toHaveBeenCalledTimes(REMEMBERED_WITH_OPTIONS + 11);
  });

  it('tells a key from the options that follow it', () => {
    const fixed = vi.fn((key: string, options?: object) => `${key}|${JSON.stringify(options)}`);
    const t = rememberPlain(fixed as unknown as TFunction);
    expect(t('a', { b: 'c' })).toBe('a|{"b":"c"}');
    expect(t('a\u0000{"b":"c"}', { d: 1 })).toBe('a\u0000{"b":"c"}|{"d":1}');
    expect(t('a', { b: 'c\u0000' })).toBe('a|{"b":"c\\u0000"}');
  });

  it('keeps plurals and interpolation per call after the key was asked alone', () => {
    const t = createTranslationSystem();
    expect(t('en')('list.count')).toBe(plainI18next('en')('list.count'));
    expect(t('en')('list.count', { count: 1 })).toBe('1 article');
    expect(t('en')('list.count', { count: 3 })).toBe('3 articles');
    expect(t('en')('topic.title', { name: 'A' })).not.toBe(t('en')('topic.title', { name: 'B' }));
  });
});
