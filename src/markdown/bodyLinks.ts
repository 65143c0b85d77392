import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { eachNode } from './eachNode';
import { headingIds } from './headingIds';
import { parseMarkdown } from './parseMarkdown';
import { tooDeep } from './treeDepth';

export interface BodyLink {
  url: string;
  /** 1-based line within the body. */
  line: number;
}

export interface ParsedBody {
  tree?: Root;
  /** Why an MDX body does not parse, with its body line. */
  syntaxError?: { line: number; message: string };
  /**
   * The body line where blocks (quotes, lists) nest deeper than MAX_BODY_DEPTH: such a body
   * is given no tree, since walking it would exhaust the stack of every step that reads it.
   */
  tooDeep?: { line: number };
}

/**
 * How deep the nodes of a body may nest (quotes in lists in quotes…, inline marks
 * included). Real articles stay under 20; thousands are an attack on the parser.
 */
export const MAX_BODY_DEPTH = 100;

/**
 * Parses an article body (as MDX when `isMdx`). An MDX body that does not
 * parse gives a syntax error instead of a tree, and one nested deeper than
 * MAX_BODY_DEPTH the line where it goes too deep.
 * @example parseBody('# Hi {oops', true).syntaxError?.line => 1
 * @example parseBody('> '.repeat(500) + 'x', false).tooDeep => { line: 1 }
 */
export function parseBody(body: string, isMdx: boolean): ParsedBody {
  try {
    const tree = parseMarkdown(body, { mdx: isMdx });
    const deep = tooDeep(tree, MAX_BODY_DEPTH);
    return deep ? { tooDeep: { line: deep.position?.start.line ?? 1 } } : { tree };
  } catch (error) {
    if (error instanceof RangeError) return { tooDeep: { line: 1 } };
    // Sätteri's messages read `3:1: Expected a closing tag for `<Note>` (3:1) (mdx-jsx:…)`.
    const message = (error as Error).message.split('\n')[0]!;
    const place = /^(\d+):\d+:\s*/.exec(message);
    const reason = message.slice(place?.[0].length ?? 0).replace(/\s*\(\d+:\d+\).*$|\s*\([\w-]+:[\w-]+\)$/, '');
    return { syntaxError: { line: place ? Number(place[1]) : 1, message: reason } };
  }
}

/**
 * The Markdown links and link definitions of a tree, with their body lines.
 * @example bodyLinks(parseBody('See [x](/en/articles/x/).', false).tree!) => [{ url: '/en/articles/x/', line: 1 }]
 */
export function bodyLinks(tree: Root): BodyLink[] {
  const links: BodyLink[] = [];
  eachNode(tree, (node) => {
    if (node.type === 'link' || node.type === 'definition') {
      links.push({ url: node.url, line: node.position?.start.line ?? 1 });
    }
  });
  return links;
}

/**
 * Heading ids that a page would have twice: an explicit `{#id}` equal to
 * another heading's id (explicit, or made from its text the way Astro does).
 * @example duplicateHeadingIds(parseBody('## A {#b}\n\n## B', false).tree!) => [{ id: 'b', line: 3, firstLine: 1 }]
 */
export function duplicateHeadingIds(tree: Root): { id: string; line: number; firstLine: number }[] {
  const idOf = headingIds();
  const seen = new Map<string, number>();
  const duplicates: { id: string; line: number; firstLine: number }[] = [];
  eachNode(tree, (node) => {
    if (node.type !== 'heading') return;
    const explicit = (node.data as { hProperties?: { id?: unknown } } | undefined)?.hProperties?.id;
    const id = idOf(explicit, toString(node));
    const line = node.position?.start.line ?? 1;
    const first = seen.get(id);
    if (first !== undefined) duplicates.push({ id, line, firstLine: first });
    else seen.set(id, line);
  });
  return duplicates;
}
