import type { Nodes } from 'mdast';
import { isLanguageBadge } from './languageBadge';

/** A top-level block of a body and the text a reader reads in it. */
export interface ReadableBlock {
  type: string;
  text: string;
}

/** MDX code (imports, `{expressions}`): what it shows is not known before rendering. */
const UNREAD = new Set(['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression']);

/** The title of an aside (a `:::note[Title]` label, or the title the renderer gives one), which is not its text. */
function isAsideTitle(node: Readonly<Nodes>): boolean {
  const data = node.data as { directiveLabel?: boolean; hProperties?: { className?: unknown } } | undefined;
  return (
    Boolean(data?.directiveLabel) || (Array.isArray(data?.hProperties?.className) && data.hProperties.className.includes('callout-title'))
  );
}

/** Blocks that hold blocks: an aside, an MDX element wrapping paragraphs. Their blocks are read one by one. */
function innerBlocks(block: Readonly<Nodes>): readonly Readonly<Nodes>[] | undefined {
  const type = block.type as string;
  // The type first: reading `children` makes Sätteri build the block's whole tree in JavaScript,
  // which only a block that can hold blocks needs (the others' text is read natively).
  const aside = type === 'callout' || type === 'container' || type === 'containerDirective';
  if ((!aside && type !== 'mdxJsxFlowElement') || !('children' in block)) return undefined;
  const children = block.children as readonly Readonly<Nodes>[];
  if (aside) return children.filter((c) => !isAsideTitle(c));
  return children.some((c) => c.type === 'paragraph' || c.type === 'list' || c.type === 'heading') ? children : undefined;
}

/**
 * The text a reader reads in a node, the way Sätteri's `textContent` reads it
 * (values of text, code and HTML, alt of images) but without the language
 * markers after links (EN, 中) and the space before them.
 * @example readableText(paragraph of 'See ', link 'Alpha', ' ', badge 'EN', '.') => 'See Alpha.'
 */
export function readableText(node: Readonly<Nodes>): string {
  if (UNREAD.has(node.type)) return '';
  if ('value' in node) return node.value;
  if (node.type === 'image') return node.alt ?? '';
  if (!('children' in node)) return '';
  let text = '';
  for (const child of node.children) text = isLanguageBadge(child) ? text.replace(/ $/, '') : text + readableText(child);
  return text;
}

/**
 * The top-level blocks of a body that hold readable text: not code or raw
 * HTML, and not empty. `textOf` reads a block (readableText unless the
 * renderer can ask Sätteri for it).
 * @example readableBlocks(parseMarkdown('## Hi\n\nSome **bold**.\n\n```\ncode\n```').children) => [{ type: 'heading', text: 'Hi' }, { type: 'paragraph', text: 'Some bold.' }]
 */
export function readableBlocks<B extends Readonly<Nodes>>(
  blocks: readonly B[],
  textOf: (block: B) => string = readableText,
): ReadableBlock[] {
  const readable: ReadableBlock[] = [];
  for (const block of blocks) {
    if (block.type === 'html' || block.type === 'code') continue;
    const inner = innerBlocks(block);
    if (inner) {
      readable.push(...readableBlocks(inner as readonly B[], textOf));
      continue;
    }
    const text = textOf(block).trim();
    if (text) readable.push({ type: block.type, text });
  }
  return readable;
}
