import type { Definition, Link, PhrasingContent, Text } from 'mdast';
import { htmlLang } from '../core/language/locales';
import {
  resolveMarkdownLink,
  resolveWikilink,
  WIKILINK,
  type ArticleSet,
  type LinkResolution,
  type LinkSource,
  type ResolvedLink,
} from '../core/links/resolveArticleLink';
import type { ArticleKey } from '../core/links/slugs';
import { languageBadgeNode } from './languageBadge';
import type { NodeContext } from './nodeContext';

/** A link between articles found in a Markdown tree, with where it was written (lines of the body). */
export interface FoundArticleLink {
  written: string;
  line: number;
  column: number;
  resolution: LinkResolution;
}

/** The nodes the link step visits: links and link definitions to article files, text holding wikilinks. */
export type LinkStepNode = Link | Definition | Text;

/** What the link step learns of one document while it walks it. */
export interface DocumentLinks {
  /** The article the document is: links resolve from its language. */
  from: LinkSource;
  articles: ArticleSet;
  /** Every link to an article, resolved or not, in document order. */
  found: FoundArticleLink[];
  /** The published articles linked to (BodyFacts.links). */
  to: ArticleKey[];
  /** Whether language markers were added, which the text must then be read without (readableText). */
  markers: boolean;
}

/**
 * An empty record of a document's links, for the link step to fill as it walks.
 * @example documentLinks({ locale: 'en', slug: 'a' }, set) => { from: { locale: 'en', slug: 'a' }, articles: set, found: [], to: [], markers: false }
 */
export function documentLinks(from: LinkSource, articles: ArticleSet): DocumentLinks {
  return { from, articles, found: [], to: [], markers: false };
}

/**
 * Whether a body can hold a link to another article at all: a wikilink or a
 * link to a `.md`/`.mdx` file. Most bodies hold none and need no link step.
 * @example mayLinkArticles('See [[pair]].') => true; mayLinkArticles('See [x](https://a.org/).') => false
 */
export function mayLinkArticles(body: string): boolean {
  return body.includes('[[') || /\.mdx?\b/i.test(body);
}

/**
 * The link step on one node, taken by articleLinksPlugin while rendering and
 * by rewriteArticleLinks on a parsed tree. A `[text](./file.md)` link or a
 * `[ref]: ./file.md` definition is pointed at the article's page, and a text
 * node's `[[wikilinks]]` become links; a link into another language gets a
 * language marker after it, and a link to a draft, which has no page, becomes
 * its text. Every link is recorded in `doc`; a broken one is left as written,
 * for the caller to report.
 * @example linkArticles({ type: 'text', value: 'See [[pair]].' }, doc, at) => at.replace([text 'See ', link '/en/articles/pair/', text '.'])
 */
export function linkArticles(node: Readonly<LinkStepNode>, doc: DocumentLinks, at: NodeContext<LinkStepNode>): void {
  if (node.type === 'text') wikilinks(node, doc, at);
  else fileLink(node, doc, at);
}

function record(doc: DocumentLinks, found: FoundArticleLink): void {
  doc.found.push(found);
  const { resolution } = found;
  if (resolution.ok && resolution.target.published) doc.to.push({ locale: resolution.target.locale, slug: resolution.target.slug });
}

function linkProperties(target: ResolvedLink, textIsTitle: boolean): Record<string, string | string[]> {
  const props: Record<string, string | string[]> = { className: ['article-ref'] };
  if (target.crossLanguage) props.hreflang = htmlLang(target.locale);
  // A title shown as link text is in the target's language.
  if (target.crossLanguage && textIsTitle) props.lang = htmlLang(target.locale);
  return props;
}

function fileLink(node: Readonly<Link | Definition>, doc: DocumentLinks, at: NodeContext<Link | Definition>): void {
  const resolution = resolveMarkdownLink(node.url, doc.from, doc.articles);
  if (!resolution) return;
  const start = node.position?.start;
  record(doc, { written: node.url, line: start?.line ?? 0, column: start?.column ?? 0, resolution });
  if (!resolution.ok) return;
  const { target } = resolution;
  // A definition only holds the URL: no language marker there.
  if (node.type === 'definition') {
    if (target.published) at.set({ url: target.href });
    return;
  }
  if (!target.published) return at.replace([...node.children]);
  at.set({ url: target.href, data: { ...node.data, hProperties: linkProperties(target, false) } });
  if (!target.crossLanguage) return;
  at.insertAfter([{ type: 'text', value: ' ' }, languageBadgeNode(target.locale)]);
  doc.markers = true;
}

/** The nodes a resolved wikilink becomes: its page's link and a language marker when it crosses languages, or a draft's text. */
function wikilinkNodes(target: ResolvedLink): PhrasingContent[] {
  const text: PhrasingContent = { type: 'text', value: target.text ?? target.title ?? target.slug };
  if (!target.published) return [text];
  const link: PhrasingContent = {
    type: 'link',
    url: target.href,
    children: [text],
    data: { hProperties: linkProperties(target, !target.text) },
  };
  return target.crossLanguage ? [link, { type: 'text', value: ' ' }, languageBadgeNode(target.locale)] : [link];
}

function wikilinks(node: Readonly<Text>, doc: DocumentLinks, at: NodeContext<Text>): void {
  // Text inside a link is the link's own: a wikilink there is left as written.
  if (!node.value.includes('[[') || at.parent()?.type === 'link') return;
  const replacement: PhrasingContent[] = [];
  let last = 0;
  for (const match of node.value.matchAll(WIKILINK)) {
    const before = node.value.slice(0, match.index);
    const lines = before.split('\n');
    const start = node.position?.start;
    const line = (start?.line ?? 1) + lines.length - 1;
    const column = lines.length > 1 ? lines.at(-1)!.length + 1 : (start?.column ?? 1) + before.length;
    const resolution = resolveWikilink(match[1]!, doc.from, doc.articles);
    record(doc, { written: match[0], line, column, resolution });
    if (!resolution.ok) continue;
    if (match.index > last) replacement.push({ type: 'text', value: node.value.slice(last, match.index) });
    const { target } = resolution;
    replacement.push(...wikilinkNodes(target));
    if (target.crossLanguage && target.published) doc.markers = true;
    last = match.index + match[0].length;
  }
  if (last === 0) return;
  if (last < node.value.length) replacement.push({ type: 'text', value: node.value.slice(last) });
  at.replace(replacement);
}
