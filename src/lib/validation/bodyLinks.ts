import GithubSlugger from 'github-slugger';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { remarkHeadingId } from 'remark-custom-heading-id';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

// The site's syntax extensions (astro.config.mjs): GFM and `## Heading {#id}`.
const markdown = unified().use(remarkParse).use(remarkGfm).use(remarkHeadingId);
const mdx = unified().use(remarkParse).use(remarkMdx).use(remarkHeadingId).use(remarkGfm);

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
    const processor = isMdx ? mdx : markdown;
    // Running the plugins moves each `{#id}` into the heading's data.
    return { tree: processor.runSync(processor.parse(body)) as Root };
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

/**
 * Heading ids that a page would have twice: an explicit `{#id}` equal to
 * another heading's id (explicit, or made from its text the way Astro does).
 * @example duplicateHeadingIds(parseBody('## A {#b}\n\n## B', false).tree!) => [{ id: 'b', line: 3, firstLine: 1 }]
 */
export function duplicateHeadingIds(tree: Root): { id: string; line: number; firstLine: number }[] {
  const slugger = new GithubSlugger();
  const seen = new Map<string, number>();
  const duplicates: { id: string; line: number; firstLine: number }[] = [];
  visit(tree, 'heading', (node) => {
    const explicit = (node.data as { hProperties?: { id?: unknown } } | undefined)?.hProperties?.id;
    const id = typeof explicit === 'string' ? explicit : slugger.slug(toString(node));
    const line = node.position?.start.line ?? 1;
    const first = seen.get(id);
    if (first !== undefined) duplicates.push({ id, line, firstLine: first });
    else seen.set(id, line);
  });
  return duplicates;
}
