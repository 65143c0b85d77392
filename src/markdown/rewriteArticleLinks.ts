import type { Link, Nodes, Parent, PhrasingContent, Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { htmlLang, localeBadge, nativeName } from '../lib/locales';
import {
  resolveMarkdownLink,
  resolveWikilink,
  WIKILINK,
  type ArticleSet,
  type LinkResolution,
  type LinkSource,
  type ResolvedLink,
} from '../lib/resolveArticleLink';

/** A link between articles found in a Markdown tree, with where it was written (lines of the body). */
export interface FoundArticleLink {
  written: string;
  line: number;
  column: number;
  resolution: LinkResolution;
}

/** The language marker after a link to another language: `<abbr lang title>EN</abbr>`. */
function badge(target: ResolvedLink): Text {
  return {
    type: 'text',
    value: localeBadge(target.locale),
    data: {
      hName: 'abbr',
      hProperties: {
        className: ['lang-badge'],
        title: nativeName(target.locale),
        lang: htmlLang(target.locale),
        dataPagefindIgnore: '',
      },
    },
  };
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
 * Turns wikilinks and relative links to article files into links to the
 * articles' pages, in place, and returns every such link with its resolution.
 * Unresolvable links are left as they were written; the caller reports them.
 * A draft target is resolved (the issue-6 validator reports it) but written
 * as plain text, since a draft has no page.
 */
export function rewriteArticleLinks(tree: Root, from: LinkSource, articles: ArticleSet): FoundArticleLink[] {
  const found: FoundArticleLink[] = [];

  visit(tree, (node: Nodes, index, parent: Parent | undefined) => {
    if (node.type === 'definition') {
      // `[text][ref]` … `[ref]: ./foo.md`: the definition holds the URL (no language marker here).
      const resolution = resolveMarkdownLink(node.url, from, articles);
      if (!resolution) return;
      const start = node.position?.start;
      found.push({ written: node.url, line: start?.line ?? 0, column: start?.column ?? 0, resolution });
      if (resolution.ok && !resolution.target.draft) node.url = resolution.target.href;
      return;
    }
    if (node.type === 'link') {
      const resolution = resolveMarkdownLink(node.url, from, articles);
      if (!resolution) return;
      const start = node.position?.start;
      found.push({ written: node.url, line: start?.line ?? 0, column: start?.column ?? 0, resolution });
      if (!resolution.ok) return;
      const { target } = resolution;
      if (target.draft) {
        if (parent && index !== undefined) parent.children.splice(index, 1, ...(node.children as PhrasingContent[]));
        return [SKIP, index];
      }
      node.url = target.href;
      node.data = { ...node.data, hProperties: linkProperties(target, false) };
      if (target.crossLanguage && parent && index !== undefined) {
        parent.children.splice(index + 1, 0, { type: 'text', value: ' ' }, badge(target) as never);
        return [SKIP, index + 3];
      }
      return;
    }
    if (node.type !== 'text' || !parent || index === undefined || parent.type === 'link') return;
    if (!node.value.includes('[[')) return;
    const text = node as Text;
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
    if (last === 0) return;
    if (last < text.value.length) replacement.push({ type: 'text', value: text.value.slice(last) });
    parent.children.splice(index, 1, ...replacement);
    return [SKIP, index + replacement.length];
  });

  return found;
}
