import { contentPathOf, IMAGE_EXTENSIONS, isMediaPath } from './mediaPath';
import { pathMatches } from './pathRuns';

/**
 * A relative path to an image file as it can appear in an image, a link definition, a `<Figure src>`
 * or a frontmatter `cover` (in a YAML flow map it is followed by `,` or `}`).
 */
export const IMAGE_PATH = new RegExp(`[^\\s()<>"'\`[\\]]+\\.(?:${IMAGE_EXTENSIONS.join('|')})(?=[\\s)"'>#?,}]|$)`, 'giu');
/** What every such path holds. */
export const IMAGE_EXTENSION = new RegExp(`\\.(?:${IMAGE_EXTENSIONS.join('|')})`, 'iu');

/**
 * The files of `media/` an article's text may show, sorted: every relative path to an image file
 * it holds (its `cover` too), resolved from the article's path inside `articles/`. A superset: a path inside code
 * counts too, which only makes a stamp depend on one file more than it needs to.
 * @example mediaUsedBy('![Chart](../../media/c.png) and ![x](https://example.org/x.png)', 'en/a.md') => ['media/c.png']
 */
export function mediaUsedBy(text: string, articlePath: string): string[] {
  const paths = new Set<string>();
  for (const [written] of pathMatches(text, IMAGE_PATH, IMAGE_EXTENSION)) {
    const path = contentPathOf(articlePath, written);
    if (path && isMediaPath(path)) paths.add(path);
  }
  return [...paths].sort();
}

/**
 * What an article body's rendered HTML takes from `media/`: each image it shows, with a
 * fingerprint of the file (`stampOf`, undefined when the file is missing). Astro keeps a body's
 * rendering, and the pages showing it, while the body's digest is unchanged, and its optimised
 * images are named after the file that was there then; the article loader adds this stamp to the
 * digest, so replacing an image renders again exactly the bodies, and pages, that show it.
 * Empty when the text shows no image of `media/`.
 * @example mediaDependencyStamp('![C](../../media/c.png)', 'en/a.md', () => '3f2a') => '[["media/c.png","3f2a"]]'
 */
export function mediaDependencyStamp(text: string, articlePath: string, stampOf: (path: string) => string | undefined): string {
  const used = mediaUsedBy(text, articlePath);
  return used.length ? JSON.stringify(used.map((path) => [path, stampOf(path) ?? null])) : '';
}
