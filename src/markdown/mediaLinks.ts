import type { Root } from 'mdast';
import { contentPathOf, isLinkedMedia, isMediaPath } from '../core/content/mediaPath';
import { mediaUrl } from '../core/links/urls';
import { bodyLinks } from './bodyLinks';

/**
 * Whether a text may link a file of `media/`: most do not, and need no walk of their tree.
 * @example mayLinkMedia('[report](../../media/x.pdf)') => true
 */
export function mayLinkMedia(text: string): boolean {
  return text.includes('media/');
}

/**
 * Where a link written in an article (at `articlePath` inside `articles/`) to a file of `media/`
 * that is published as it is (not an image) points on the built site, its query and fragment kept;
 * undefined for every other link, which stays as written.
 * @example publishedMediaLink('en/a.md', '../../media/fatf%202019.pdf#page=3') => '/media/fatf%202019.pdf#page=3'
 * @example publishedMediaLink('en/a.md', '../../media/chart.png') => undefined
 */
export function publishedMediaLink(articlePath: string, url: string): string | undefined {
  const path = contentPathOf(articlePath, url);
  if (path === undefined || !isLinkedMedia(path)) return undefined;
  const rest = /[?#].*$/s.exec(url)?.[0] ?? '';
  return `${mediaUrl(path)}${rest}`;
}

/**
 * The files of `media/` a parsed body links to (links and link definitions), as paths inside the
 * content folder, whether or not they exist: for the warning about media no article uses.
 * @example linkedMedia(parseMarkdown('[report](../../media/x.pdf)'), 'en/a.md') => ['media/x.pdf']
 */
export function linkedMedia(tree: Root, articlePath: string): string[] {
  return bodyLinks(tree).flatMap((link) => {
    const path = contentPathOf(articlePath, link.url);
    return path !== undefined && isMediaPath(path) ? [path] : [];
  });
}
