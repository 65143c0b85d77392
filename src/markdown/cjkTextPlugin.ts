import type { PhrasingContent, Text } from 'mdast';
import type { MdastPluginDefinition } from 'satteri';
import { cjkEmphasis } from './cjkEmphasis';
import { joinCjkLines } from './joinCjkLines';

/**
 * What a text node becomes for Chinese readers: its value with hard-wrapped
 * Chinese lines joined, and the nodes to put in its place when it holds
 * emphasis next to Chinese punctuation that CommonMark missed (cjkEmphasis),
 * unless its source escaped an asterisk (`\*`), which an author writes to keep it.
 * `source` is the body the node's position points into.
 * @example cjkTextEdit({ type: 'text', value: '**真，**她说' }, '**真，**她说').nodes?.[0].type => 'strong'
 */
export function cjkTextEdit(node: Pick<Text, 'value' | 'position'>, source: string): { value: string; nodes?: PhrasingContent[] } {
  const value = node.value.includes('\n') ? joinCjkLines(node.value) : node.value;
  if (!value.includes('*')) return { value };
  const { start, end } = node.position ?? {};
  const raw = start?.offset !== undefined ? source.slice(start.offset, end?.offset) : '';
  return { value, nodes: raw.includes('\\*') ? undefined : cjkEmphasis(value) };
}

/**
 * The Sätteri plugin for Chinese text (cjkTextEdit): removes the line breaks of
 * hard-wrapped Chinese paragraphs, which a browser would show as spaces, and
 * recovers emphasis next to Chinese punctuation. parseMarkdown's prepareText
 * applies the same step to a parsed tree.
 */
export function cjkTextPlugin(): MdastPluginDefinition {
  return {
    name: 'zhiku-cjk-text',
    options: { position: true },
    text(node, ctx) {
      const edit = cjkTextEdit(node, ctx.source);
      if (edit.nodes) ctx.replaceNode(node, edit.nodes);
      else if (edit.value !== node.value) ctx.setProperty(node, 'value', edit.value);
    },
  };
}
