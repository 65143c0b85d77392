import type { MdastPluginDefinition } from 'satteri';
import { BODY_FACTS_KEY } from '../core/articles/bodyFacts';
import { renderedLinks } from './articleLinksPlugin';
import { measureBody } from './measureBody';
import { readableBlocks, readableText } from './readableText';

/** Where the plugin notes, while visiting, that the document has a code block. */
const HAS_CODE = 'zhikuHasCode';

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
    after(root, ctx) {
      const frontmatter = (ctx.data.astro as { frontmatter?: Record<string, unknown> } | undefined)?.frontmatter;
      if (!frontmatter) return;
      const links = renderedLinks(ctx);
      // Sätteri reads a block's text natively; walking it in JavaScript is only needed to leave out language markers.
      const blocks = readableBlocks(root.children, links.markers ? readableText : (block) => ctx.textContent(block));
      frontmatter[BODY_FACTS_KEY] = measureBody(blocks, ctx.source, links.to, ctx.data[HAS_CODE] === true);
    },
  };
}
