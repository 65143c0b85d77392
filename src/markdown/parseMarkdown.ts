import type { Root } from 'mdast';
import { markdownToMdast, mdxToMdast } from 'satteri';
import { mayHoldDirectives, restoreDirectiveText } from './directives';
import { MARKDOWN_FEATURES } from './syntax';

/**
 * The mdast tree of an article body in the site's syntax (MARKDOWN_FEATURES),
 * through Sätteri's native parser, the one that renders the pages. Positions
 * are lines of the body. Throws on MDX that does not parse.
 * @example parseMarkdown('## A {#b}').children[0] => { type: 'heading', depth: 2, data: { hProperties: { id: 'b' } }, … }
 */
export function parseMarkdown(body: string, options: { mdx?: boolean } = {}): Root {
  const parse = options.mdx ? mdxToMdast : markdownToMdast;
  const tree = parse(body, { features: MARKDOWN_FEATURES }) as Root;
  // As the renderer does (directivesPlugin): only `:::` containers are directives.
  if (mayHoldDirectives(body)) restoreDirectiveText(tree, body);
  return tree;
}
