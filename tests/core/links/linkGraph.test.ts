import { describe, expect, it } from 'vitest';
import { buildLinkGraph } from '../../../src/core/links/linkGraph';
import { relatedArticles } from '../../../src/core/articles/relatedArticles';

const en = (slug: string) => ({ locale: 'en' as const, slug });
const zh = (slug: string) => ({ locale: 'zh' as const, slug });

describe('buildLinkGraph', () => {
  const graph = buildLinkGraph([
    { from: en('newest'), to: [en('target'), en('target'), zh('other')] },
    { from: zh('newest'), to: [zh('target')] },
    { from: zh('only-zh'), to: [en('target'), zh('only-zh')] },
    { from: en('target'), to: [zh('target'), en('newest')] },
    { from: en('lonely'), to: [] },
  ]);

  it.each([
    ['target', ['newest', 'only-zh']],
    ['other', ['newest']],
    ['newest', ['target']],
    ['only-zh', []],
    ['lonely', []],
  ])('backlinks of %s => %j', (slug, expected) => {
    expect(graph.backlinks.get(slug) ?? []).toEqual(expected);
  });

  it.each([
    ['en/newest', [en('target'), zh('other')]],
    ['zh/only-zh', [en('target'), zh('only-zh')]],
    ['en/lonely', []],
  ])('outgoing links of %s => %j (each once)', (key, expected) => {
    expect(graph.outgoing.get(key)).toEqual(expected);
  });
});

describe('relatedArticles', () => {
  // Newest first.
  const related = relatedArticles(
    new Map([
      ['a', ['x', 'y', 'z']],
      ['b', ['x']],
      ['c', ['x', 'y']],
      ['d', []],
      ['e', ['y', 'z']],
      ['f', ['q']],
    ]),
    3,
  );
  it.each([
    ['a', ['c', 'e', 'b']],
    ['b', ['a', 'c']],
    ['c', ['a', 'b', 'e']],
    ['d', []],
    ['f', []],
    ['unknown', []],
  ])('%s => %j', (slug, expected) => {
    expect(related(slug)).toEqual(expected);
  });

  it('keeps the same ranking as sorting every candidate, on a larger set', () => {
    // 300 articles over 6 topics, 1–3 topics each, from a fixed sequence.
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647);
    const topicsBySlug = new Map(
      Array.from({ length: 300 }, (_, i) => [`s${i}`, Array.from({ length: 1 + (next() % 3) }, () => `t${next() % 6}`)]),
    );
    const slugs = [...topicsBySlug.keys()];
    const sorted = (slug: string) =>
      slugs
        .filter((o) => o !== slug)
        .map(
          (o) =>
            [o, topicsBySlug.get(o)!.filter((t, i, all) => all.indexOf(t) === i && topicsBySlug.get(slug)!.includes(t)).length] as const,
        )
        .filter(([, n]) => n > 0)
        .sort(([a, x], [b, y]) => y - x || slugs.indexOf(a) - slugs.indexOf(b))
        .slice(0, 5)
        .map(([o]) => o);
    const fast = relatedArticles(topicsBySlug, 5);
    for (const slug of slugs) expect(fast(slug)).toEqual(sorted(slug));
  });
});
