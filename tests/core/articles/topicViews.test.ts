import { describe, expect, it } from 'vitest';
import { buildArticleIndex, type ArticleEntryLike } from '../../../src/core/articles/articleIndex';
import { paginate } from '../../../src/core/links/pagination';
import { topicViews } from '../../../src/core/articles/topicViews';

const entry = (id: string, date: string, topics: string[], translation?: 'en' | 'zh'): ArticleEntryLike => ({
  id,
  data: { title: id, date: new Date(date), topics, translation: translation ? { from: translation } : undefined },
});

// Newest first: zh-only (May), pair (April), en-only (March), zh-only-old (Feb), off-topic (June).
const index = buildArticleIndex([
  entry('zh/zh-only', '2020-05-01', ['cbdc']),
  entry('en/pair', '2020-04-01', ['cbdc', 'regulation']),
  entry('zh/pair', '2020-04-01', ['cbdc', 'regulation'], 'en'),
  entry('en/en-only', '2020-03-01', ['cbdc']),
  entry('zh/zh-only-old', '2020-02-01', ['cbdc']),
  entry('en/off-topic', '2020-06-01', ['regulation']),
]);

describe('topicViews', () => {
  it.each([
    // reader, topic, [slug, shown language]
    [
      'en',
      'cbdc',
      [
        ['pair', 'en'],
        ['en-only', 'en'],
        ['zh-only', 'zh'],
        ['zh-only-old', 'zh'],
      ],
    ],
    [
      'zh',
      'cbdc',
      [
        ['zh-only', 'zh'],
        ['pair', 'zh'],
        ['zh-only-old', 'zh'],
        ['en-only', 'en'],
      ],
    ],
    [
      'zh',
      'regulation',
      [
        ['pair', 'zh'],
        ['off-topic', 'en'],
      ],
    ],
    ['en', 'nothing', []],
  ] as const)('%s reader, topic %s => %j', (locale, topic, expected) => {
    expect(topicViews(index.listing(locale), topic).map((v) => [v.slug, v.article.locale])).toEqual(expected);
  });

  it('pages a long topic without reordering across pages', () => {
    const pages = paginate(topicViews(index.listing('en'), 'cbdc'), 3);
    expect(pages.map((p) => p.items.map((v) => v.slug))).toEqual([['pair', 'en-only', 'zh-only'], ['zh-only-old']]);
  });
});
