import type { MdastPluginDefinition, MdxJsxFlowElement, MdxJsxTextElement } from 'satteri';
import { figureImage } from './figureElement';

/**
 * The Sätteri plugin that hands a `<Figure src="../../media/flow.png" alt="…">`'s image to
 * Astro's image pipeline: `src` and `alt` become a Markdown image inside the element, which
 * Astro then imports and optimises like any `![alt](src)` (width and height, srcset, lazy
 * loading, WebP), and Figure.astro shows as its first child. An `src` written as an
 * {expression} is left alone. MDX only: a `.md` body has no elements.
 */
export function figureImagePlugin(): MdastPluginDefinition {
  const visit = (node: Readonly<MdxJsxFlowElement | MdxJsxTextElement>) => {
    const figure = figureImage(node);
    if (typeof figure?.src !== 'string') return undefined;
    // An alt given as an {expression} stays with the element: only text can move into the image.
    const altText = typeof figure.alt === 'string';
    const moved = new Set(altText ? ['src', 'alt'] : ['src']);
    const image = { type: 'image' as const, url: figure.src, alt: altText ? figure.alt : '', position: node.position };
    return {
      ...node,
      attributes: node.attributes.filter((a) => a.type !== 'mdxJsxAttribute' || !moved.has(a.name)),
      children: [image, ...node.children],
    } as MdxJsxFlowElement;
  };
  return { name: 'zhiku-figure-image', mdxJsxFlowElement: visit, mdxJsxTextElement: visit };
}
