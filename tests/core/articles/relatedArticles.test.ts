import { describe, expect, it } from 'vitest';
import { relatedArticles, relatedInIndex } from '../../../src/core/articles/relatedArticles';
import { buildArticleIndex } from '../../../src/core/articles/articleIndex';
import { lastResults, MAKE_AFRESH } from '../../../src/core/build/reuse';

/** The ranking by its definition: every other article sharing a topic, by topics shared, then newest first. */
function sortedRanking(topicsBySlug: ReadonlyMap<string, readonly string[]>, slug: string, limit: number): string[] {
  const slugs = [...topicsBySlug.keys()];
  const own = new Set(topicsBySlug.get(slug) ?? []);
  return slugs
    .filter((other) => other !== slug)
    .map((other) => [other, [...new Set(topicsBySlug.get(other))].filter((t) => own.has(t)).length] as const)
    .filter(([, shared]) => shared > 0)
    .sort(([a, x], [b, y]) => y - x || slugs.indexOf(a) - slugs.indexOf(b))
    .slice(0, Math.max(limit, 0))
    .map(([other]) => other);
}

describe('relatedArticles, ranking each set of topics once', () => {
  it('gives articles on the same topics each other, never themselves', () => {
    const related = relatedArticles(
      new Map([
        ['a', ['x', 'y']],
        ['b', ['y', 'x']],
        ['c', ['x', 'y', 'x']],
        ['d', ['x']],
      ]),
      2,
    );
    expect(related('a')).toEqual(['b', 'c']);
    expect(related('b')).toEqual(['a', 'c']);
    expect(related('c')).toEqual(['a', 'b']);
    expect(related('d')).toEqual(['a', 'b']);
  });

  it('gives nothing for a limit of 0, an unknown slug or an article without topics', () => {
    const topics = new Map([
      ['a', ['x']],
      ['b', ['x']],
      ['c', []],
    ]);
    expect(relatedArticles(topics, 0)('a')).toEqual([]);
    expect(relatedArticles(topics, 3)('zzz')).toEqual([]);
    expect(relatedArticles(topics, 3)('c')).toEqual([]);
    expect(relatedArticles(topics, 3)('a')).toEqual(['b']);
  });

  it.each([1, 2, 5, 8])('matches sorting every candidate, with many articles per set of topics (limit %i)', (limit) => {
    // 400 articles over 5 topics (few sets, many articles each), some naming a topic twice.
    let seed = 3;
    const next = () => (seed = (seed * 48271) % 2147483647);
    const topicsBySlug = new Map(
      Array.from({ length: 400 }, (_, i) => [`s${i}`, Array.from({ length: next() % 4 }, () => `t${next() % 5}`)] as const),
    );
    const related = relatedArticles(topicsBySlug, limit);
    for (const slug of topicsBySlug.keys()) {
      expect(related(slug), slug).toEqual(sortedRanking(topicsBySlug, slug, limit));
      expect(related(slug), `${slug} again`).toEqual(sortedRanking(topicsBySlug, slug, limit));
    }
  });
});

describe('relatedInIndex, the ranking of an article index', () => {
  const entry = (id: string, date: string, topics: string[]) => ({ id, data: { title: id, date: new Date(date), topics } });
  const entries = [
    entry('en/a', '2020-01-01', ['x', 'y']),
    entry('zh/a', '2020-01-01', ['z']),
    entry('en/b', '2020-02-01', ['x']),
    entry('en/c', '2020-03-01', ['y', 'z']),
    entry('en/d', '2020-04-01', ['w']),
  ];

  it('ranks each slug by the topics of all its versions, newest first on ties', () => {
    const related = relatedInIndex(buildArticleIndex(entries), MAKE_AFRESH);
    expect(related('a')).toEqual(['c', 'b']);
    expect(related('b')).toEqual(['a']);
    expect(related('d')).toEqual([]);
  });

  it('gives back the earlier ranking when no topic and no order changed, and ranks again when one did', () => {
    const reuse = lastResults();
    const first = relatedInIndex(buildArticleIndex(entries, reuse), reuse);
    const retitled = entries.map((e) => (e.id === 'en/b' ? { ...e, data: { ...e.data, title: 'B, retitled' } } : e));
    expect(relatedInIndex(buildArticleIndex(retitled, reuse), reuse)).toBe(first);

    const onW = entries.map((e) => (e.id === 'en/b' ? entry('en/b', '2020-02-01', ['w']) : e));
    const moved = relatedInIndex(buildArticleIndex(onW, reuse), reuse);
    expect(moved('d')).toEqual(['b']);
    expect(moved('a')).toEqual(['c']);

    const redated = onW.map((e) => (e.id === 'en/d' ? entry('en/d', '2019-01-01', ['w']) : e));
    const newer = entry('en/e', '2021-01-01', ['w']);
    expect(relatedInIndex(buildArticleIndex([...redated, newer], reuse), reuse)('b')).toEqual(['e', 'd']);
    expect(relatedInIndex(buildArticleIndex([...onW, newer], reuse), reuse)('b')).toEqual(['e', 'd']);
    expect(relatedInIndex(buildArticleIndex(redated, reuse), reuse, 0)('b')).toEqual([]);
  });
});
