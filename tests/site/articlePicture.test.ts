import { describe, expect, it } from 'vitest';
import { BODY_FACTS_KEY } from '../../src/core/articles/bodyFacts';
import { articlePicture } from '../../src/site/articlePicture';

/** An entry as the content store gives it, with the body facts the renderer kept (its first image, if any). */
function entryOf(cover?: { src: string; alt: string }, image?: { src: string; alt: string }) {
  const facts = { han: 0, words: 1, lead: 'x', links: [], hash: 'h', code: false, ...(image && { image }) };
  return {
    filePath: '/kb/content/articles/en/a.md',
    data: { cover },
    rendered: { metadata: { frontmatter: { [BODY_FACTS_KEY]: facts } } },
  };
}

describe("articlePicture: an article's picture for link previews, as a file of the content folder", () => {
  it.each([
    [
      'its cover, before its first image',
      entryOf({ src: '../../media/cover.jpg', alt: 'Cover' }, { src: '../../media/c.png', alt: 'C' }),
      { path: 'media/cover.jpg', src: '../../media/cover.jpg', alt: 'Cover' },
    ],
    [
      'its first image, without a cover',
      entryOf(undefined, { src: '../../media/charts/c%201.png', alt: 'C' }),
      { path: 'media/charts/c 1.png', src: '../../media/charts/c 1.png', alt: 'C' },
    ],
    ['none, with neither', entryOf(), undefined],
  ])('%s', (_, entry, expected) => {
    expect(articlePicture(entry, '/kb/content')).toEqual(expected);
  });
});
