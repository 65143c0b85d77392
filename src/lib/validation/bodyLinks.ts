import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

const markdown = unified().use(remarkParse).use(remarkGfm);
const mdx = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

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
    return { tree: (isMdx ? mdx : markdown).parse(body) as Root };
  } catch (error) {
    const e = error as { line?: number; place?: { line?: number; start?: { line?: number } }; reason?: string; message: string };
    const line = e.line ?? e.place?.line ?? e.place?.start?.line ?? 1;
    return { syntaxError: { line, message: (e.reason ?? e.message).split('\n')[0]! } };
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
