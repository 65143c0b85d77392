import { describe, expect, it } from 'vitest';
import { formatAlternatives, formatDate, formatList, isoDate } from '../../../src/core/dates/dates';

describe('dates', () => {
  const date = new Date('2019-11-18T00:00:00Z');
  it('formats in each locale', () => {
    expect(formatDate(date, 'zh')).toBe('2019年11月18日');
    expect(formatDate(date, 'en')).toBe('18 November 2019');
  });
  it('uses UTC so late-evening dates do not shift', () => {
    expect(formatDate(new Date('2019-11-18T23:30:00Z'), 'en')).toBe('18 November 2019');
  });
  it('gives ISO dates for datetime attributes', () => {
    expect(isoDate(date)).toBe('2019-11-18');
  });
  it('formats a date it has formatted before the same way, in each locale, and refuses an invalid one each time', () => {
    const date = new Date('2019-11-18T23:30:00Z');
    for (let round = 0; round < 2; round++) {
      expect(formatDate(date, 'en')).toBe('18 November 2019');
      expect(formatDate(new Date(date), 'zh')).toBe('2019年11月18日');
      expect(isoDate(date)).toBe('2019-11-18');
      expect(isoDate(new Date('2019-11-19'))).toBe('2019-11-19');
      expect(() => isoDate(new Date('not a date'))).toThrow(RangeError);
      expect(() => formatDate(new Date('not a date'), 'en')).toThrow(RangeError);
    }
  });

  it('lists names per language', () => {
    expect(formatList(['A', 'B', 'C'], 'en')).toBe('A, B and C');
    expect(formatList(['甲', '乙', '丙'], 'zh')).toBe('甲、乙和丙');
  });
  it('lists alternatives per language', () => {
    expect(formatAlternatives(['CBDCs', 'central bank digital currency'], 'en')).toBe('CBDCs or central bank digital currency');
    expect(formatAlternatives(['甲', '乙', '丙'], 'zh')).toBe('甲、乙或丙');
    expect(formatAlternatives(['甲'], 'zh')).toBe('甲');
  });
});
