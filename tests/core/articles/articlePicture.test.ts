import { describe, expect, it } from 'vitest';
// Astro's own, which it does not export: the key it stores an entry's image under.
import { imageSrcToImportId } from '../../../node_modules/astro/dist/assets/utils/resolveImports.js';
import { canPreview, firstPreviewImage, contentImageImportId, previewFormat } from '../../../src/core/articles/articlePicture';

describe('canPreview and previewFormat: which files a link preview can show, and as what', () => {
  it.each([
    ['media/chart.png', true, 'png'],
    ['media/anim.gif', true, 'png'],
    ['media/photo.JPG', true, 'jpg'],
    ['media/photo.webp', true, 'jpg'],
    ['media/scan.tiff', true, 'jpg'],
    ['media/chart.png?v=2', true, 'png'],
    ['media/flow.svg', false, undefined],
    ['media/report.pdf', false, undefined],
  ])('%s => %s', (path, can, format) => {
    expect(canPreview(path)).toBe(can);
    if (format) expect(previewFormat(path)).toBe(format);
  });
});

describe('firstPreviewImage: the body image a preview shows when there is no cover', () => {
  it.each([
    ['none', [], undefined],
    [
      'the first of several',
      [
        { url: '../../media/a.png', alt: 'A' },
        { url: '../../media/b.png', alt: 'B' },
      ],
      { src: '../../media/a.png', alt: 'A' },
    ],
    [
      'past an SVG',
      [
        { url: '../../media/flow.svg', alt: 'Flow' },
        { url: '../../media/b.jpg', alt: 'B' },
      ],
      { src: '../../media/b.jpg', alt: 'B' },
    ],
    [
      'past another site and a site path',
      [
        { url: 'https://x.org/a.png', alt: 'X' },
        { url: '/favicon.png', alt: 'F' },
      ],
      undefined,
    ],
    [
      'past an {expression}',
      [
        { url: null, alt: null },
        { url: '../../media/c.png', alt: null },
      ],
      { src: '../../media/c.png', alt: '' },
    ],
  ])('%s', (_, images, expected) => {
    expect(firstPreviewImage(images)).toEqual(expected);
  });
});

describe("contentImageImportId: the key of an entry's image in Astro's content layer", () => {
  it.each([
    ['../../media/c.png', 'content/articles/en/a.md'],
    ['../../media/charts/reserves 2024.png', 'tests/fixtures/media-site/articles/zh/储备.mdx'],
    ['../../media/photos/harbour-cranes.JPG', 'content/articles/en/a b&c.md'],
  ])('%s from %s: the key Astro gives it', (src, importer) => {
    expect(contentImageImportId(src, importer)).toBe(imageSrcToImportId(src, importer));
  });
});
