import { describe, expect, it } from 'vitest';
import { buildLinkGraph } from '../../src/lib/linkGraph';
import { relatedArticles } from '../../src/lib/relatedArticles';

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
});
