import { describe, expect, it } from 'vitest';
import { lastCommitDates } from '../../../src/core/dates/gitDates';

describe('lastCommitDates', () => {
  it('keeps the newest commit of each file (git log lists newest first)', () => {
    const log = ['\0 2020-01-02T10:00:00+08:00', '', 'a.md', '\0 2019-05-01T00:00:00Z', '', 'a.md', 'b.md', ''].join('\n');
    const dates = lastCommitDates(log);
    expect(dates.get('a.md')).toEqual(new Date('2020-01-02T02:00:00Z'));
    expect(dates.get('b.md')).toEqual(new Date('2019-05-01T00:00:00Z'));
    expect(dates.has('c.md')).toBe(false);
  });

  it('reads an empty log as no dates', () => expect(lastCommitDates('').size).toBe(0));
});
