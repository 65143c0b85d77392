// Astro's lightweight getImage module, the one its content runtime renders body images with: `astro:assets`
// also exports the output folder, which would change every page's module hash, and so its incremental-build
// key, whenever the output folder does (each test build has its own).
import { getImage } from 'virtual:astro:get-image';
import { PREVIEW_WIDTH, previewFormat } from '../core/articles/articlePicture';

/** A page's preview picture as its Open Graph tags give it: where it is published and its real size. */
export interface PreviewImage {
  /** Its URL path, under the site's base already, e.g. `/kb/_astro/chart.Bx3k9.png`. */
  src: string;
  width: number;
  height: number;
  alt: string;
}

/** An article's picture as its page's props carry it: its key among the images Astro imports for articles. */
export interface PagePicture {
  /** Its key in `astro:asset-imports` (core/articles/articlePicture.ts contentImageImportId). */
  id: string;
  /** Its path inside the content folder, which says the format of the copy. */
  path: string;
  alt: string;
}

/**
 * The published copy of an article's picture for link previews: at most 1200 pixels wide, as PNG
 * or JPEG (previewFormat), made by Astro's image pipeline once per file and kept in its cache
 * between builds; articles that show the same file share it. The file comes from the images Astro
 * imports for articles (`astro:asset-imports`, where the article loader puts each article's picture:
 * site/articleLoader.ts), content data that no page's incremental-build hash includes. Undefined
 * when the file is not there (in `astro dev`, a picture added before the store wrote that module again),
 * which the caller replaces with the site's picture.
 * @example await previewImage({ id: '../../media/c.png?astroContentImageFlag=&importer=…', path: 'media/c.png', alt: 'Chart' }) => { src: '/_astro/c.Bx3k9_Z1a2b3.png', width: 1200, height: 675, alt: 'Chart' }
 */
export async function previewImage(picture: PagePicture): Promise<PreviewImage | undefined> {
  const { default: assets } = await import('astro:asset-imports');
  const file = assets.get(picture.id);
  if (!file) return undefined;
  const width = Math.min(PREVIEW_WIDTH, file.width);
  // One file at one width: no srcset (layout none), whatever the site's layout for article images.
  const image = await getImage({ src: file, width, format: previewFormat(picture.path), layout: 'none' });
  return { src: image.src, width: Number(image.attributes.width), height: Number(image.attributes.height), alt: picture.alt };
}
