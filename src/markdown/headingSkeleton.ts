import { eachNode } from './eachNode';
import { toString } from 'mdast-util-to-string';
import { headingIds } from './headingIds';
import { parseMarkdown } from './parseMarkdown';

/** One heading of a body: its level, its text as written (Markdown inside a heading kept) and the id it has on the page. */
export interface SkeletonHeading {
  depth: number;
  text: string;
  id: string;
}

/**
 * The headings of an article body, each with the id the page gives it: its
 * explicit `{#id}`, or the one made from its text (headingIds).
 * @example bodyHeadings('## Risks\n\nText.\n\n### The *details* {#details}') => [{ depth: 2, text: 'Risks', id: 'risks' }, { depth: 3, text: 'The *details*', id: 'details' }]
 */
export function bodyHeadings(body: string, options: { mdx?: boolean } = {}): SkeletonHeading[] {
  const idOf = headingIds();
  const headings: SkeletonHeading[] = [];
  eachNode(parseMarkdown(body, options), (node) => {
    if (node.type !== 'heading') return;
    const explicit = (node.data as { hProperties?: { id?: unknown } } | undefined)?.hProperties?.id;
    const first = node.children[0]?.position?.start.offset;
    const last = node.children.at(-1)?.position?.end.offset;
    const text = first === undefined || last === undefined ? toString(node) : body.slice(first, last);
    headings.push({ depth: node.depth, text: text.replace(/\s*\n\s*/g, ' ').trim(), id: idOf(explicit, toString(node)) });
  });
  return headings;
}

/**
 * A translation's skeleton: the original's headings, one per paragraph, each
 * with its page id written out as `{#id}`, so that `[[slug#id]]` links reach
 * the same section in both languages once the headings are translated.
 * Empty when the original has no headings.
 * @example headingSkeleton('Intro.\n\n## Reserves\n\nText.') => '## Reserves {#reserves}\n'
 */
export function headingSkeleton(body: string, options: { mdx?: boolean } = {}): string {
  return bodyHeadings(body, options)
    .map((h) => `${'#'.repeat(h.depth)} ${h.text} {#${h.id}}\n`)
    .join('\n');
}
