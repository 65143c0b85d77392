import type { Definition, Link, Nodes, Parent, PhrasingContent, Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { languageBadge } from '../core/languageBadge';
import { htmlLang } from '../core/locales';
import {
  resolveMarkdownLink,
  resolveWikilink,
  WIKILINK,
  type ArticleSet,
  type LinkResolution,
  type LinkSource,
  type ResolvedLink,
} from '../core/resolveArticleLink';

/** A link between articles found in a Markdown tree, with where it was written (lines of the body). */
export interface FoundArticleLink {
  written: string;
  line: number;
  column: number;
  resolution: LinkResolution;
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
 * What to do to a Markdown link (or link definition) to an article file:
 * point it at the page, or unwrap it into its text when the target is a draft,
 * and add a language marker after it when it crosses languages.
 */
export interface LinkEdit {
  found: FoundArticleLink;
  url?: string;
  hProperties?: Record<string, string | string[]>;
  unwrap?: boolean;
  after?: PhrasingContent[];
}

/** What a text node holding wikilinks becomes; `replacement` is unset when no link resolved. */
export interface TextEdit {
  found: FoundArticleLink[];
  replacement?: PhrasingContent[];
}

/**
 * The language marker after a link to another language: `<abbr lang title>EN</abbr>`,
 * the markup of LangBadge.astro.
 * An emphasis node renamed through `hName`, since both Markdown processors honour
 * `hName` on parents.
 */
function badge(target: ResolvedLink): PhrasingContent {
  const { text, title, lang, className } = languageBadge(target.locale);
  return {
    type: 'emphasis',
    children: [{ type: 'text', value: text }],
    data: {
      hName: 'abbr',
      hProperties: {
        className: [className],
        title,
        lang,
        dataPagefindIgnore: '',
      },
    },
  };
}

/**
 * Whether a node is the language marker `badge()` makes.
 * @example isLanguageBadge({ type: 'emphasis', data: { hName: 'abbr' }, children: [] }) => true
 */
export function isLanguageBadge(node: { type: string; data?: { hName?: string } }): boolean {
  return node.type === 'emphasis' && node.data?.hName === 'abbr';
}

function linkProperties(target: ResolvedLink, textIsTitle: boolean): Record<string, string | string[]> {
  const props: Record<string, string | string[]> = { className: ['article-ref'] };
  if (target.crossLanguage) props.hreflang = htmlLang(target.locale);
  // A title shown as link text is in the target's language.
  if (target.crossLanguage && textIsTitle) props.lang = htmlLang(target.locale);
  return props;
}

/** The nodes a resolved wikilink becomes: a link, and a language marker when it crosses languages. */
function wikilinkNodes(target: ResolvedLink): PhrasingContent[] {
  const textIsTitle = !target.text;
  const link: Link = {
    type: 'link',
    url: target.href,
    children: [{ type: 'text', value: target.text ?? target.title ?? target.slug }],
    data: { hProperties: linkProperties(target, textIsTitle) },
  };
  return target.crossLanguage ? [link, { type: 'text', value: ' ' }, badge(target)] : [link];
}

/**
 * The edit for a `[text](./file.md)` link or a `[ref]: ./file.md` definition;
 * undefined when it does not point at an article file. An unresolvable link
 * is found but left as written: the caller reports it.
 * @example linkEdit({ type: 'link', url: './pair.md', children: [] }, { locale: 'en', slug: 'a' }, set)?.url => '/en/articles/pair/'
 */
export function linkEdit(node: Link | Definition, from: LinkSource, articles: ArticleSet): LinkEdit | undefined {
  const resolution = resolveMarkdownLink(node.url, from, articles);
  if (!resolution) return undefined;
  const start = node.position?.start;
  const found = { written: node.url, line: start?.line ?? 0, column: start?.column ?? 0, resolution };
  if (!resolution.ok) return { found };
  const { target } = resolution;
  // A definition only holds the URL: no language marker there.
  if (node.type === 'definition') return target.draft ? { found } : { found, url: target.href };
  if (target.draft) return { found, unwrap: true };
  return {
    found,
    url: target.href,
    hProperties: linkProperties(target, false),
    after: target.crossLanguage ? [{ type: 'text', value: ' ' }, badge(target)] : undefined,
  };
}

/**
 * The edit for a text node holding `[[wikilinks]]`, with each link's line and
 * column. A draft target becomes plain text, since a draft has no page.
 * @example textEdit({ type: 'text', value: 'See [[pair]].' }, { locale: 'en', slug: 'a' }, set).replacement?.length => 3
 */
export function textEdit(text: Text, from: LinkSource, articles: ArticleSet): TextEdit {
  const found: FoundArticleLink[] = [];
  if (!text.value.includes('[[')) return { found };
  const replacement: PhrasingContent[] = [];
  let last = 0;
  for (const match of text.value.matchAll(WIKILINK)) {
    const before = text.value.slice(0, match.index);
    const lines = before.split('\n');
    const start = text.position?.start;
    const line = (start?.line ?? 1) + lines.length - 1;
    const column = lines.length > 1 ? lines.at(-1)!.length + 1 : (start?.column ?? 1) + before.length;
    const resolution = resolveWikilink(match[1]!, from, articles);
    found.push({ written: match[0], line, column, resolution });
    if (!resolution.ok) continue;
    if (match.index > last) replacement.push({ type: 'text', value: text.value.slice(last, match.index) });
    const { target } = resolution;
    if (target.draft) replacement.push({ type: 'text', value: target.text ?? target.title ?? target.slug });
    else replacement.push(...wikilinkNodes(target));
    last = match.index + match[0].length;
  }
  if (last === 0) return { found };
  if (last < text.value.length) replacement.push({ type: 'text', value: text.value.slice(last) });
  return { found, replacement };
}

/**
 * Turns wikilinks and relative links to article files into links to the
 * articles' pages, in place, and returns every such link with its resolution.
 * Unresolvable links are left as they were written; the caller reports them.
 * (The site's renderer applies the same edits through a Sätteri plugin: src/markdown/articleLinksPlugin.ts.)
 */
export function rewriteArticleLinks(tree: Root, from: LinkSource, articles: ArticleSet): FoundArticleLink[] {
  const found: FoundArticleLink[] = [];

  visit(tree, (node: Nodes, index, parent: Parent | undefined) => {
    if (node.type === 'definition' || node.type === 'link') {
      const edit = linkEdit(node, from, articles);
      if (!edit) return;
      found.push(edit.found);
      if (edit.url) node.url = edit.url;
      if (edit.hProperties) node.data = { ...node.data, hProperties: edit.hProperties };
      if (!parent || index === undefined || node.type !== 'link') return;
      if (edit.unwrap) {
        parent.children.splice(index, 1, ...(node.children as PhrasingContent[]));
        return [SKIP, index];
      }
      if (edit.after) {
        parent.children.splice(index + 1, 0, ...(edit.after as never[]));
        return [SKIP, index + 1 + edit.after.length];
      }
      return;
    }
    if (node.type !== 'text' || !parent || index === undefined || parent.type === 'link') return;
    const edit = textEdit(node, from, articles);
    found.push(...edit.found);
    if (!edit.replacement) return;
    parent.children.splice(index, 1, ...edit.replacement);
    return [SKIP, index + edit.replacement.length];
  });

  return found;
}
