import type { HastPluginDefinition } from 'satteri';

/**
 * How wide an article image is shown: the text column (`--measure`, 42rem, in
 * src/styles/global.css) or, on a narrower screen, the screen less the page's side padding
 * (1rem each side). Astro's own guess for a constrained image is the screen's width up to the
 * file's, which would send a 1600-pixel file to a desktop that shows 672 pixels of it.
 */
export const ARTICLE_IMAGE_SIZES = '(min-width: 44rem) 42rem, calc(100vw - 2rem)';

/**
 * The Sätteri plugin that tells the browser how wide an article's images are shown (the `sizes`
 * attribute, which Astro's image pipeline keeps and pairs with its `srcset`), so it fetches the
 * smallest file that fills the column. An image that has its own `sizes` keeps it.
 */
export function imageSizesPlugin(): HastPluginDefinition {
  return {
    name: 'zhiku-image-sizes',
    element: {
      filter: ['img'],
      visit(node, ctx) {
        if (node.properties?.sizes === undefined) ctx.setProperty(node, 'sizes', ARTICLE_IMAGE_SIZES);
      },
    },
  };
}
