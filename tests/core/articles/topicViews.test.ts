import { describe, expect, it } from 'vitest';
import { buildArticleIndex, type ArticleEntryLike } from '../../../src/core/articles/articleIndex';
import { paginate } from '../../../src/core/links/pagination';
import { topicViews, viewsByTopic } from '../../../src/core/articles/topicViews';

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

describe('viewsByTopic', () => {
  it.each(['en', 'zh'] as const)('gives topicViews of every topic, for a %s reader', (locale) => {
    const byTopic = viewsByTopic(index.listing(locale));
    expect([...byTopic.keys()].sort()).toEqual(['cbdc', 'regulation']);
    for (const topic of ['cbdc', 'regulation']) expect(byTopic.get(topic)).toEqual(topicViews(index.listing(locale), topic));
    expect(byTopic.has('nothing')).toBe(false);
  });

  it('lists an article once on a topic its frontmatter names twice, and takes topic references', () => {
    const twice = buildArticleIndex([
      entry('en/twice', '2020-01-02', ['cbdc', 'cbdc']),
      { id: 'en/ref', data: { title: 'ref', date: new Date('2020-01-01'), topics: [{ id: 'cbdc' }] } },
    ]);
    expect(
      viewsByTopic(twice.listing('en'))
        .get('cbdc')
        ?.map((v) => v.slug),
    ).toEqual(['twice', 'ref']);
    expect(topicViews(twice.listing('en'), 'cbdc').map((v) => v.slug)).toEqual(['twice', 'ref']);
  });

  it('matches topicViews on a larger listing with fallbacks', () => {
    let seed = 11;
    const next = () => (seed = (seed * 48271) % 2147483647);
    const entries = Array.from({ length: 200 }, (_, i) =>
      entry(
        `${next() % 2 ? 'en' : 'zh'}/s${i}`,
        `2020-01-${String(1 + (i % 28)).padStart(2, '0')}`,
        Array.from({ length: next() % 4 }, () => `t${next() % 7}`),
      ),
    );
    const big = buildArticleIndex(entries);
    for (const locale of ['en', 'zh'] as const) {
      const byTopic = viewsByTopic(big.listing(locale));
      for (let t = 0; t < 8; t++) expect(byTopic.get(`t${t}`) ?? []).toEqual(topicViews(big.listing(locale), `t${t}`));
    }
  });
});
