import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { headingIds } from './headingIds';
import { parseMarkdown } from './parseMarkdown';

export interface BodyLink {
  url: string;
  /** 1-based line within the body. */
  line: number;
}

export interface ParsedBody {
  tree?: Root;
  /** Why an MDX body does not parse, with its body line. */
  syntaxError?: { line: number; message: string };
}

/**
 * Parses an article body (as MDX when `isMdx`). An MDX body that does not
 * parse gives a syntax error instead of a tree.
 * @example parseBody('# Hi {oops', true).syntaxError?.line => 1
 */
export function parseBody(body: string, isMdx: boolean): ParsedBody {
  try {
    return { tree: parseMarkdown(body, { mdx: isMdx }) };
  } catch (error) {
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
  visit(tree, (node) => {
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
  visit(tree, 'heading', (node) => {
    const explicit = (node.data as { hProperties?: { id?: unknown } } | undefined)?.hProperties?.id;
    const id = idOf(explicit, toString(node));
    const line = node.position?.start.line ?? 1;
    const first = seen.get(id);
    if (first !== undefined) duplicates.push({ id, line, firstLine: first });
    else seen.set(id, line);
  });
  return duplicates;
}
