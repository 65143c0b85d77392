/** The folder of the content folder that holds images and the files articles link to, shared by both languages. */
export const MEDIA_FOLDER = 'media';

/** The file types Astro's image pipeline reads (and so the ones an article may show). */
export const IMAGE_EXTENSIONS = ['png', 'jpg', 'jpeg', 'apng', 'gif', 'webp', 'avif', 'tiff', 'svg'] as const;

/** A URL of another site, a data: URL, or a path of this site: not a file of the content folder. */
const NOT_A_FILE = /^(?:[a-z][a-z0-9+.-]*:|\/)/i;

/** Where paths are resolved: a stand-in root for the content folder. */
const ROOT = 'file:///content/';

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * The file inside the content folder that an image written in an article points at, given the
 * article's path inside `articles/`, as Astro resolves it: a path relative to the article file.
 * Undefined for a URL (`https:`, `data:`) and a site path (`/…`), which Astro leaves alone, and
 * for a path that leaves the content folder.
 * @example contentPathOf('en/a.md', '../../media/charts/reserves%202024.png') => 'media/charts/reserves 2024.png'
 * @example contentPathOf('en/a.md', 'https://example.org/x.png') => undefined
 */
export function contentPathOf(articlePath: string, url: string): string | undefined {
  const path = url.split(/[?#]/)[0]!;
  if (!path || NOT_A_FILE.test(path)) return undefined;
  const resolved = new URL(path, `${ROOT}articles/${articlePath}`).pathname;
  return resolved.startsWith('/content/') ? decoded(resolved.slice('/content/'.length)) : undefined;
}

/**
 * Whether a path inside the content folder is in `media/`.
 * @example isMediaPath('media/charts/a.png') => true
 */
export function isMediaPath(contentPath: string): boolean {
  return contentPath.startsWith(`${MEDIA_FOLDER}/`);
}

/**
 * Whether a file is of a type the image pipeline reads, by its extension.
 * @example isImageFile('media/a.JPG') => true
 * @example isImageFile('media/report.pdf') => false
 */
export function isImageFile(path: string): boolean {
  const extension = /\.([^./]+)$/.exec(path)?.[1]?.toLowerCase();
  return (IMAGE_EXTENSIONS as readonly string[]).includes(extension ?? '');
}

/**
 * Whether a file of `media/` is published as it is, for articles to link to (`[report](../../media/x.pdf)`):
 * every file but the images, which the image pipeline publishes where an article shows them.
 * @example isLinkedMedia('media/report.pdf') => true
 * @example isLinkedMedia('media/chart.png') => false
 */
export function isLinkedMedia(contentPath: string): boolean {
  return isMediaPath(contentPath) && !isImageFile(contentPath);
}

/**
 * How an article links an image in `media/`: the path relative to the article file.
 * @example mediaHref('en/a.md', 'media/flow.png') => '../../media/flow.png'
 */
export function mediaHref(articlePath: string, contentPath: string): string {
  const depth = articlePath.split('/').length;
  return `${'../'.repeat(depth)}${contentPath}`;
}
