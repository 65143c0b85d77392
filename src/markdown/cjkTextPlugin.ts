import type { MdastPluginDefinition } from 'satteri';
import { joinCjkLines } from './joinCjkLines';
import { cjkEmphasisOf } from './parseMarkdown';

/**
 * The Sätteri plugin for Chinese text: removes the line breaks of hard-wrapped
 * Chinese paragraphs (which a browser would show as spaces) and recovers
 * emphasis next to Chinese punctuation that CommonMark misses (cjkEmphasis).
 */
export function cjkTextPlugin(): MdastPluginDefinition {
  return {
    name: 'zhiku-cjk-text',
    options: { position: true },
    text(node, ctx) {
      const value = node.value.includes('\n') ? joinCjkLines(node.value) : node.value;
      const emphasis = cjkEmphasisOf(value, ctx.source, node.position);
      if (emphasis) ctx.replaceNode(node, emphasis);
      else if (value !== node.value) ctx.setProperty(node, 'value', value);
    },
  };
}
