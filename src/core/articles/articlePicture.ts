import { isImageFile } from '../content/mediaPath';

/**
 * The picture of an article's link previews (og:image), as the article writes it: its `cover`,
 * else the first image its body shows. `src` is relative to the article file, like every image path.
 */
export interface ArticlePicture {
  src: string;
  alt: string;
}

/** The widest picture a link preview needs: the 1200-pixel width Open Graph and X suggest for large cards. */
export const PREVIEW_WIDTH = 1200;

/** A URL of another site, a data: URL, or a site path: no file of the content folder. */
const NOT_A_FILE = /^(?:[a-z][a-z0-9+.-]*:|\/)/i;

/**
 * Whether a file can be a link preview's picture: an image the site's pipeline reads and can save
 * as PNG or JPEG, which every service that shows previews reads. An SVG is a drawing, which none of them shows.
 * @example canPreview('media/chart.png') => true; canPreview('media/flow.svg') => false
 */
export function canPreview(path: string): boolean {
  const file = path.split(/[?#]/)[0]!;
  return isImageFile(file) && !/\.svg$/i.test(file);
}

/**
 * The format a preview picture is saved in: PNG for a PNG or GIF (charts and drawings, whose
 * lines JPEG would blur), JPEG for the rest (photos, and WebP, AVIF or TIFF, which not every service reads).
 * @example previewFormat('media/chart.png') => 'png'; previewFormat('media/desk.webp') => 'jpg'
 */
export function previewFormat(path: string): 'png' | 'jpg' {
  return /\.(?:a?png|gif)$/i.test(path.split(/[?#]/)[0]!) ? 'png' : 'jpg';
}

/**
 * The first image of a body that can be a preview's picture, from its images in order: a file the
 * article points at (not a URL), not an SVG, with its alt text. An image written as an {expression} is passed over.
 * @example firstPreviewImage([{ url: '../../media/flow.svg', alt: 'Flow' }, { url: '../../media/c.png', alt: 'Chart' }]) => { src: '../../media/c.png', alt: 'Chart' }
 */
export function firstPreviewImage(images: Iterable<{ url: string | null; alt: string | null }>): ArticlePicture | undefined {
  for (const { url, alt } of images) {
    if (url && !NOT_A_FILE.test(url) && canPreview(url)) return { src: url, alt: alt ?? '' };
  }
  return undefined;
}

/**
 * The key under which Astro's content layer keeps an image it imports for an entry (the module
 * `astro:asset-imports`): the path as written, relative to the entry's file, and that file's path
 * from the project root. Astro builds it in imageSrcToImportId (astro/dist/assets/utils/resolveImports.js),
 * which it does not export; tests/core/articles/articlePicture.test.ts holds the two to the same answers.
 * @example contentImageImportId('../../media/c.png', 'content/articles/en/a.md') => '../../media/c.png?astroContentImageFlag=&importer=content%2Farticles%2Fen%2Fa.md'
 */
export function contentImageImportId(src: string, importer: string): string {
  const params = new URLSearchParams('astroContentImageFlag');
  params.set('importer', importer);
  return `${src}?${params.toString()}`;
}
