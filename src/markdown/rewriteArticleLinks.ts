import type { Root } from 'mdast';
import type { ArticleSet, LinkSource } from '../core/links/resolveArticleLink';
import { editTree } from './editTree';
import { documentLinks, linkArticles, type DocumentLinks, type FoundArticleLink, type LinkStepNode } from './linkArticles';
import type { NodeContext } from './nodeContext';

/**
 * Takes the link step (linkArticles) on a parsed tree, in place, as the
 * renderer takes it while rendering (articleLinksPlugin), and returns what it
 * learnt of the document. `source` is the Markdown the tree was parsed from.
 * @example linkTree(parseMarkdown('See [[pair]].'), documentLinks({ locale: 'en', slug: 'a' }, set), 'See [[pair]].').to => [{ locale: 'en', slug: 'pair' }]
 */
export function linkTree(tree: Root, doc: DocumentLinks, source: string): DocumentLinks {
  const step = (node: LinkStepNode, at: NodeContext<LinkStepNode>) => linkArticles(node, doc, at);
  editTree(tree, source, { link: step, definition: step, text: step });
  return doc;
}

/**
 * Turns wikilinks and relative links to article files into links to the
 * articles' pages, in place, and returns every such link with its resolution.
 * Unresolvable links are left as they were written; the caller reports them.
 * @example rewriteArticleLinks(parseMarkdown('See [[nope]].'), { locale: 'en', slug: 'a' }, set)[0] => { written: '[[nope]]', line: 1, column: 5, resolution: { ok: false, … } }
 */
export function rewriteArticleLinks(tree: Root, from: LinkSource, articles: ArticleSet): FoundArticleLink[] {
  // The link step reads positions, never the source.
  return linkTree(tree, documentLinks(from, articles), '').found;
}
