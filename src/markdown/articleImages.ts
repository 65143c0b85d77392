import type { Definition, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'satteri';
import { eachNode } from './eachNode';
import { FIGURE, figureImage } from './figureElement';

/** One image an article body shows, as written. */
export interface ArticleImage {
  /** Where it points, as written (`../../media/chart.png`); `null` for a `<Figure src={…}>`, which cannot be read here. */
  url: string | null;
  /** Its alt text; `null` when a `<Figure>` gives it as an {expression}, which cannot be read here. */
  alt: string | null;
  /** 1-based line within the body. */
  line: number;
  /** How it is written: `![alt](url)`, `![alt][ref]` (a reference to a link definition), or `<Figure src>`. */
  form: 'image' | 'reference' | 'figure';
}

const MAY_SHOW_IMAGES = new RegExp(`!\\[|<${FIGURE}\\b`);

/**
 * Whether a text may show an image: most show none, and need no walk of their tree.
 * @example mayShowImages('See ![Chart](c.png).') => true
 */
export function mayShowImages(text: string): boolean {
  return MAY_SHOW_IMAGES.test(text);
}

/**
 * Every image of a parsed body: Markdown images, image references resolved through their link
 * definitions, and the `src` of each `<Figure>` (MDX). A reference to a missing definition is
 * text, not an image, and is not listed; nor is a `<Figure>` without `src`.
 * @example articleImages(parseMarkdown('![Chart](../../media/c.png)')) => [{ url: '../../media/c.png', alt: 'Chart', line: 1, form: 'image' }]
 */
export function articleImages(tree: Root): ArticleImage[] {
  const definitions = new Map<string, Definition>();
  eachNode(tree, (node) => {
    if (node.type === 'definition' && !definitions.has(node.identifier)) definitions.set(node.identifier, node);
  });
  const images: ArticleImage[] = [];
  eachNode(tree, (node) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'image') images.push({ url: node.url, alt: node.alt ?? '', line, form: 'image' });
    else if (node.type === 'imageReference') {
      const definition = definitions.get(node.identifier);
      if (definition) images.push({ url: definition.url, alt: node.alt ?? '', line, form: 'reference' });
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const figure = figureImage(node as unknown as MdxJsxFlowElement | MdxJsxTextElement);
      if (figure && figure.src !== undefined)
        images.push({ url: figure.src, alt: figure.alt === undefined ? '' : figure.alt, line, form: 'figure' });
    }
  });
  return images;
}
