import type { Text } from 'mdast';
import { cjkEmphasis } from './cjkEmphasis';
import { hasCjkLineBreak, joinCjkLines } from './joinCjkLines';
import type { NodeContext } from './nodeContext';

/**
 * Whether the Chinese text step can change anything in a body: it needs an
 * asterisk or a line break next to a CJK character, which most bodies lack.
 * @example mayEditCjkText('第一行\n第二行') => true; mayEditCjkText('Plain text.') => false
 */
export function mayEditCjkText(body: string): boolean {
  return body.includes('*') || hasCjkLineBreak(body);
}

/**
 * The Chinese text step on one text node: hard-wrapped Chinese lines joined
 * (a browser would show their breaks as spaces), and emphasis next to Chinese
 * punctuation that CommonMark missed recovered (cjkEmphasis), unless the source
 * escaped an asterisk (`\*`), which an author writes to keep it.
 * @example cjkText({ type: 'text', value: '**真，**她说' }, at) => at.replace([{ type: 'strong', … }, { type: 'text', value: '她说' }])
 */
export function cjkText(node: Readonly<Text>, at: NodeContext<Text>): void {
  const value = node.value.includes('\n') ? joinCjkLines(node.value) : node.value;
  const nodes = value.includes('*') && !rawText(node, at.source).includes('\\*') ? cjkEmphasis(value) : undefined;
  if (nodes) at.replace(nodes);
  else if (value !== node.value) at.set({ value });
}

function rawText(node: Readonly<Text>, source: string): string {
  const { start, end } = node.position ?? {};
  return start?.offset !== undefined ? source.slice(start.offset, end?.offset) : '';
}
