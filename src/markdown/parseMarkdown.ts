import type { Root } from 'mdast';
import { markdownToMdast, mdxToMdast } from 'satteri';
import { SKIP, visit } from 'unist-util-visit';
import { cjkEmphasis } from './cjkEmphasis';
import { joinCjkLines } from './joinCjkLines';
import { MARKDOWN_FEATURES } from './syntax';

/**
 * The mdast tree of an article body in the site's syntax (MARKDOWN_FEATURES),
 * through Sätteri's native parser, the one that renders the pages. Positions
 * are lines of the body. Throws on MDX that does not parse.
 * @example parseMarkdown('## A {#b}').children[0] => { type: 'heading', depth: 2, data: { hProperties: { id: 'b' } }, … }
 */
export function parseMarkdown(body: string, options: { mdx?: boolean } = {}): Root {
  const parse = options.mdx ? mdxToMdast : markdownToMdast;
  return parse(body, { features: MARKDOWN_FEATURES }) as Root;
}

/**
 * Applies the page plugin's text steps (cjkTextPlugin) to a parsed body, in
 * place: wrapped Chinese lines joined, emphasis next to Chinese punctuation recovered.
 * @example prepareText(parseMarkdown('**真，**她说'), '**真，**她说').children[0] => { type: 'paragraph', children: [{ type: 'strong', … }, { type: 'text', value: '她说' }] }
 */
export function prepareText(tree: Root, source: string): Root {
  visit(tree, 'text', (node, index, parent) => {
    if (node.value.includes('\n')) node.value = joinCjkLines(node.value);
    const emphasis = parent && index !== undefined ? cjkEmphasisOf(node.value, source, node.position) : undefined;
    if (!emphasis || !parent || index === undefined) return;
    parent.children.splice(index, 1, ...(emphasis as never[]));
    return [SKIP, index + emphasis.length];
  });
  return tree;
}

/**
 * `cjkEmphasis` of a text node, unless its source escaped an asterisk (`\*`),
 * which an author writes precisely to keep it literal.
 * @example cjkEmphasisOf('*真*', '\\*真\\*', { start: { offset: 0 }, end: { offset: 5 } }) => undefined
 */
export function cjkEmphasisOf(value: string, source: string, position: { start: { offset?: number }; end: { offset?: number } } | undefined) {
  if (!value.includes('*')) return undefined;
  const raw = position?.start.offset !== undefined ? source.slice(position.start.offset, position.end.offset) : '';
  return raw.includes('\\*') ? undefined : cjkEmphasis(value);
}
