import { describe, expect, it } from 'vitest';
import { calendarDate, impossibleDay } from '../../../src/core/dates/calendarDate';

describe('impossibleDay', () => {
  it.each<[string, string | undefined]>([
    ['2019-02-30', 'February 2019 has 28 days'],
    ['2019-11-31', 'November 2019 has 30 days'],
    ['2019-04-31T08:00:00Z', 'April 2019 has 30 days'],
    ['2019-01-00', 'January 2019 has 31 days'],
    ['2020-02-29', undefined],
    ['1900-02-29', 'February 1900 has 28 days'],
    ['2000-02-29', undefined],
    ['2019-11-18T23:59:59+08:00', undefined],
    // Not a day at all: left to z.coerce.date(), which refuses it.
    ['2019-13-45', undefined],
    ['18 November 2019', undefined],
  ])('%s', (text, expected) => {
    expect(impossibleDay(text)).toBe(expected);
  });
});

describe('calendarDate', () => {
  it('refuses a day the calendar does not have instead of rolling it over', () => {
    const result = calendarDate.safeParse('2019-02-30');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('February 2019 has 28 days');
  });

  it('takes real days as strings or as the Date a YAML reader made', () => {
    expect(calendarDate.parse('2020-02-29')).toEqual(new Date('2020-02-29'));
    expect(calendarDate.parse(new Date('2019-11-18'))).toEqual(new Date('2019-11-18'));
    expect(calendarDate.safeParse('nonsense').success).toBe(false);
  });
});
