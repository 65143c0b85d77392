import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../../src/core/articles/articleSchema';
import { DATE_SOURCES, isPublicationDate } from '../../../src/core/dates/dateSource';

describe('where a date came from', () => {
  it.each([
    ['url', true],
    ['text', true],
    ['collected', false],
    [undefined, true],
  ] as const)('isPublicationDate(%s) => %s', (dateFrom, expected) => expect(isPublicationDate(dateFrom)).toBe(expected));

  it('is optional in the frontmatter and takes only the listed values', () => {
    const base = { title: 'A', date: '2019-11-19' };
    expect(articleSchema.parse(base).dateFrom).toBeUndefined();
    for (const dateFrom of DATE_SOURCES) expect(articleSchema.parse({ ...base, dateFrom }).dateFrom).toBe(dateFrom);
    expect(articleSchema.safeParse({ ...base, dateFrom: 'fallback' }).success).toBe(false);
  });
});
