import type { HastPluginDefinition } from 'satteri';
import { headingIds } from './headingIds';

/** Headings that get a visible link to themselves. */
const ANCHORED = new Set(['h2', 'h3', 'h4']);

/**
 * The Sätteri plugin that gives every heading an id and every h2–h4 a "#" link
 * to itself, so readers can copy a link to a section. The id is the explicit
 * `{#id}`, else made from the heading's text the way Astro does (headingIds),
 * which Astro then keeps for the table of contents. The link is hidden from
 * screen readers and drawn by CSS (`.heading-anchor::after`), so the heading's
 * text stays its own: Astro reads it for the table of contents after this runs.
 */
export function headingAnchorsPlugin(): HastPluginDefinition {
  let idOf = headingIds();
  return {
    name: 'zhiku-heading-anchors',
    before() {
      idOf = headingIds();
    },
    element: {
      filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
      visit(node, ctx) {
        const explicit = node.properties?.id;
        const id = idOf(explicit, ctx.textContent(node));
        if (typeof explicit !== 'string') ctx.setProperty(node, 'id', id);
        if (!ANCHORED.has(node.tagName)) return;
        ctx.appendChild(node, {
          type: 'element',
          tagName: 'a',
          properties: { className: ['heading-anchor'], href: `#${id}`, ariaHidden: 'true', tabIndex: -1 },
          children: [],
        });
      },
    },
  };
}
