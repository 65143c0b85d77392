import type { MdastPluginDefinition } from 'satteri';
import { firstPreviewImage, type ArticlePicture } from '../core/articles/articlePicture';
import { BODY_FACTS_KEY } from '../core/articles/bodyFacts';
import { renderedLinks } from './articleLinksPlugin';
import { measureBody } from './measureBody';
import { readableBlocks, readableText } from './readableText';

/** Where the plugin notes, while visiting, that the document has a code block. */
const HAS_CODE = 'zhikuHasCode';
/** Where it notes the first image a link preview can show (a `<Figure>`'s is an image by now: figureImagePlugin). */
const FIRST_IMAGE = 'zhikuFirstImage';

/**
 * The Sätteri plugin that measures the rendered text once, at the end of the
 * Markdown steps (measureBody), and keeps the facts with the rendered page.
 * Bodies that are not rendered are measured the same way by parsedBodyFacts.
 */
export function bodyFactsPlugin(): MdastPluginDefinition {
  return {
    name: 'zhiku-body-facts',
    // Visited only where there is code: most bodies have none.
    code(_node, ctx) {
      ctx.data[HAS_CODE] = true;
    },
    // Visited only where there are images.
    image(node, ctx) {
      if (ctx.data[FIRST_IMAGE] === undefined) {
        const picture = firstPreviewImage([{ url: node.url, alt: node.alt ?? '' }]);
        if (picture) ctx.data[FIRST_IMAGE] = picture;
      }
    },
    after(root, ctx) {
      const frontmatter = (ctx.data.astro as { frontmatter?: Record<string, unknown> } | undefined)?.frontmatter;
      if (!frontmatter) return;
      const links = renderedLinks(ctx);
      // Sätteri reads a block's text natively; walking it in JavaScript is only needed to leave out language markers.
      const blocks = readableBlocks(root.children, links.markers ? readableText : (block) => ctx.textContent(block));
      const image = ctx.data[FIRST_IMAGE] as ArticlePicture | undefined;
      frontmatter[BODY_FACTS_KEY] = measureBody(blocks, ctx.source, links.to, ctx.data[HAS_CODE] === true, image);
    },
  };
}
