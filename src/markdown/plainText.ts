import { parseWikilink, WIKILINK } from '../core/links/resolveArticleLink';
import { cjkText } from './cjkText';
import { eachNode } from './eachNode';
import { editTree } from './editTree';
import { parseMarkdown } from './parseMarkdown';
import { readableBlocks } from './readableText';

/**
 * The readable text of a Markdown body, without markup, blocks separated by
 * newlines. MDX component syntax is read as text, which is close enough for
 * counting words and writing summaries.
 * Wikilinks become their text (`[[slug|text]]` => 'text', `[[fed-rates]]` => 'fed rates').
 * @example markdownToPlainText('## Hi\n\nSome **bold** [link](x).') => 'Hi\nSome bold link.'
 */
export function markdownToPlainText(markdown: string): string {
  const tree = parseMarkdown(markdown);
  // Read like the site's pages: wrapped Chinese lines joined, CJK-friendly emphasis.
  editTree(tree, markdown, { text: cjkText });
  eachNode(tree, (node) => {
    if (node.type === 'text' && node.value.includes('[[')) node.value = node.value.replace(WIKILINK, wikilinkText);
  });
  return readableBlocks(tree.children)
    .map((block) => block.text)
    .join('\n');
}

/** What a reader sees of a wikilink without the article list: its text, or its slug as words. */
function wikilinkText(written: string, inner: string): string {
  const parts = parseWikilink(inner);
  return parts ? (parts.text ?? parts.slug.replace(/-/g, ' ')) : written;
}

const CJK_CHAR = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

/**
 * Cuts a text to about `max` characters at a word or CJK-character boundary,
 * adding an ellipsis when something was cut.
 * @example truncateText('one two three', 8) => 'one two…'
 */
export function truncateText(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  let cut = flat.slice(0, max);
  const lastChar = cut.at(-1) ?? '';
  if (!CJK_CHAR.test(lastChar)) {
    const space = cut.lastIndexOf(' ');
    if (space > max * 0.6) cut = cut.slice(0, space);
  }
  return `${cut.replace(/[\s,.;:，。；：、]+$/u, '')}…`;
}

/**
 * Joins paragraphs into one line: Chinese text runs on without a space, other text gets one.
 * @example joinParagraphs(['第一段。', '第二段。']) => '第一段。第二段。'; joinParagraphs(['One.', 'Two.']) => 'One. Two.'
 */
export function joinParagraphs(paragraphs: readonly string[]): string {
  return paragraphs.reduce((joined, p) => (!joined ? p : CJK_CHAR.test(joined.at(-1) ?? '') ? joined + p : `${joined} ${p}`), '');
}
