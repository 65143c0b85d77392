import type { Root } from 'hast';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import type { Plugin } from 'unified';

/**
 * Appends a visible "#" link to every h2–h4 that has an id, so readers can
 * copy a link to a section. The link text is hidden from screen readers and
 * the heading's own text names the link instead.
 */
export const rehypeHeadingAnchors: Plugin<[], Root> = function () {
  return rehypeAutolinkHeadings.call(this, {
    behavior: 'append',
    test: ['h2', 'h3', 'h4'],
    properties: { className: ['heading-anchor'], ariaHidden: 'true', tabIndex: -1 },
    content: { type: 'text', value: '#' },
  }) as ReturnType<Plugin<[], Root>>;
};
