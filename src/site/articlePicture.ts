import { relative, resolve } from 'node:path';
import type { ArticlePicture } from '../core/articles/articlePicture';
import { contentPathOf, mediaHref } from '../core/content/mediaPath';
import { contentDir } from './contentDir';
import { entryBodyFacts, type BodyEntry } from './entryBodyFacts';
import { entryFile } from './projectRoot';

/** An article entry as far as its picture goes. */
export interface PictureEntry extends BodyEntry {
  data: BodyEntry['data'] & { cover?: ArticlePicture };
}

/** An article's picture for link previews. */
export interface ArticlePictureFile {
  /** The file, as a path inside the content folder. */
  path: string;
  /** The same file as the article's own folder reaches it, the form the content store imports it by. */
  src: string;
  alt: string;
}

/**
 * An article's picture for link previews: its `cover`, else the first image its body shows that a
 * preview can show (body facts), else none (the page then shows the site's). The validator has
 * checked that a cover is such a file.
 * @example articlePicture(entry) => { path: 'media/charts/reserves.png', src: '../../media/charts/reserves.png', alt: 'Reserve chart' }
 */
export function articlePicture(entry: PictureEntry, dir = contentDir()): ArticlePictureFile | undefined {
  const written = entry.data.cover ?? entryBodyFacts(entry).image;
  if (!written || !entry.filePath) return undefined;
  const articlePath = relative(resolve(dir, 'articles'), entryFile(entry.filePath)).replaceAll('\\', '/');
  const path = contentPathOf(articlePath, written.src);
  return path ? { path, src: mediaHref(articlePath, path), alt: written.alt } : undefined;
}
