import type { MdastPluginDefinition } from 'satteri';
import { cjkText } from './cjkText';
import { visitorContext } from './nodeContext';

/**
 * The Sätteri plugin for Chinese text: the cjkText step on every text node.
 * Summaries of bodies that are not rendered take the same step through editTree.
 */
export function cjkTextPlugin(): MdastPluginDefinition {
  return {
    name: 'zhiku-cjk-text',
    options: { position: true },
    text(node, ctx) {
      cjkText(node, visitorContext(ctx, node));
    },
  };
}
