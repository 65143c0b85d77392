import { describe, expect, it } from 'vitest';
import { articleEntryId } from '../../src/site/articleLoader';

describe('articleEntryId: the file name is the only source of an article id', () => {
  it.each<[string, unknown, string]>([
    ['en/fed-stablecoin.md', {}, 'en/fed-stablecoin'],
    ['zh/shu-zi-ren-min-bi.mdx', {}, 'zh/shu-zi-ren-min-bi'],
    ['en/b.md', { slug: 'en/a' }, 'en/b'],
    ['en/b.md', { slug: 'zh/x' }, 'en/b'],
    ['en/b.md', { slug: '../../x' }, 'en/b'],
  ])('%s with %j', (entry, data, expected) => {
    expect(articleEntryId({ entry, data } as { entry: string })).toBe(expected);
  });
});
