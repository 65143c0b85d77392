import { describe, expect, it } from 'vitest';
import { contentPathOf, isImageFile, isLinkedMedia, isMediaPath, mediaHref } from '../../../src/core/content/mediaPath';

describe('contentPathOf: where an image written in an article points, as Astro resolves it', () => {
  it.each<[string, string, string | undefined]>([
    ['en/a.md', '../../media/flow.png', 'media/flow.png'],
    ['zh/a.mdx', '../../media/charts/reserves-2024.png', 'media/charts/reserves-2024.png'],
    ['en/a.md', '../../media/my%20chart.png', 'media/my chart.png'],
    ['en/a.md', '../../media/my chart.png', 'media/my chart.png'],
    ['en/a.md', '../../media/图表.png', 'media/图表.png'],
    ['en/a.md', '../../media/flow.png?v=2#top', 'media/flow.png'],
    ['en/a.md', './flow.png', 'articles/en/flow.png'],
    ['en/a.md', 'flow.png', 'articles/en/flow.png'],
    ['en/a.md', '../../../outside.png', undefined],
    ['en/a.md', '/favicon.svg', undefined],
    ['en/a.md', 'https://example.org/x.png', undefined],
    ['en/a.md', 'data:image/png;base64,AAAA', undefined],
    ['en/a.md', '', undefined],
  ])('%s: %s => %s', (article, url, expected) => {
    expect(contentPathOf(article, url)).toBe(expected);
  });

  it('tells the files of media/ published as they are, for links: every one but the images', () => {
    expect(['media/a.pdf', 'media/sub/b.ZIP', 'media/c.png', 'media/d.SVG', 'articles/en/e.pdf', 'media/f'].map(isLinkedMedia)).toEqual([
      true,
      true,
      false,
      false,
      false,
      true,
    ]);
  });

  it('tells media paths and image files', () => {
    expect([isMediaPath('media/a.png'), isMediaPath('articles/en/a.png'), isMediaPath('mediaX/a.png')]).toEqual([true, false, false]);
    expect(['a.PNG', 'b.jpeg', 'c.svg', 'd.avif', 'e.pdf', 'f', 'g.png.txt'].map(isImageFile)).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
    expect(mediaHref('en/a.md', 'media/flow.png')).toBe('../../media/flow.png');
  });
});
