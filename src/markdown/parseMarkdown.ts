import type { Root } from 'mdast';
import { markdownToMdast, mdxToMdast } from 'satteri';
import { SKIP, visit } from 'unist-util-visit';
import { cjkTextEdit } from './cjkTextPlugin';
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
    const edit = cjkTextEdit(node, source);
    node.value = edit.value;
    if (!edit.nodes || !parent || index === undefined) return;
    parent.children.splice(index, 1, ...(edit.nodes as never[]));
    return [SKIP, index + edit.nodes.length];
  });
  return tree;
}
