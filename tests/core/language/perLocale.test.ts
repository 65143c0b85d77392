import { describe, expect, it } from 'vitest';
import { perLocale } from '../../../src/core/language/perLocale';

describe('perLocale', () => {
  it('makes a value once per locale and hands back the same one', () => {
    const made: string[] = [];
    const get = perLocale((locale) => {
      made.push(locale);
      return { locale };
    });
    expect(get('en')).toBe(get('en'));
    expect(get('zh')).not.toBe(get('en'));
    expect(made).toEqual(['en', 'zh']);
  });
});
