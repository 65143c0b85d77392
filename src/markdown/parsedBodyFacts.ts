import { visit, EXIT } from 'unist-util-visit';
import type { Root } from 'mdast';
import { firstPreviewImage } from '../core/articles/articlePicture';
import type { BodyFacts } from '../core/articles/bodyFacts';
import { resolveWikilink, type ArticleSet } from '../core/links/resolveArticleLink';
import type { ArticleKey } from '../core/links/slugs';
import { articleImages, mayShowImages } from './articleImages';
import { componentUses } from './componentUses';
import { linkTargets, type ArticleLinksOptions } from './articleLinksPlugin';
import { throwBrokenLinks } from './brokenLinks';
import { cjkText, mayEditCjkText } from './cjkText';
import { editTree } from './editTree';
import { fileArticle } from './fileArticle';
import { documentLinks, mayLinkArticles, type DocumentLinks } from './linkArticles';
import { measureBody } from './measureBody';
import { parseMarkdown } from './parseMarkdown';
import { readableBlocks } from './readableText';
import { linkTree } from './rewriteArticleLinks';

/** An article file whose body is measured without being rendered. */
export interface UnrenderedFile {
  /** Its path: which article it is (fileArticle), and how errors name it. */
  path: string;
  /** What its links resolve against, as the renderer is given it (markdownProcessorOptions). */
  links: ArticleLinksOptions;
  /** False for a draft, whose links may be broken. */
  published?: boolean;
}

/** Whether a parsed body has a code block, at any depth. */
function hasCode(tree: Root): boolean {
  let found = false;
  visit(tree, 'code', () => {
    found = true;
    return EXIT;
  });
  return found;
}

/**
 * The published articles an MDX body shows as cards (`<ArticleCard slug lang?>`,
 * resolved like `[[lang:slug]]`): a card links to its article as a wikilink
 * does, and counts for backlinks. The validator reports cards that resolve to nothing.
 */
function cardLinks(tree: Root, from: ArticleKey, articles: ArticleSet): ArticleKey[] {
  return componentUses(tree).flatMap((use) => {
    const slug =
      use.name === 'ArticleCard' && 'value' in (use.props.slug ?? {}) ? String((use.props.slug as { value: unknown }).value) : '';
    const lang = use.props.lang && 'value' in use.props.lang ? String(use.props.lang.value) : undefined;
    if (!slug) return [];
    const resolution = resolveWikilink(lang ? `${lang}:${slug}` : slug, from, articles);
    return resolution.ok && resolution.target.published ? [{ locale: resolution.target.locale, slug: resolution.target.slug }] : [];
  });
}

/**
 * The facts the renderer keeps of a body (bodyFactsPlugin), for a body it does
 * not render (an MDX entry: the content store renders Markdown only). The same
 * steps run on a parsed tree, in the renderer's order: links between articles
 * (linkArticles; broken ones throw as they do when rendering), Chinese text
 * (cjkText), then the same measure (measureBody), with the first image a preview can show. An MDX file is read as MDX:
 * the text inside its components counts, its code does not. Without
 * `file`, links stay as written, as the renderer leaves them outside the articles folder.
 * @example parsedBodyFacts('## Hi\n\nFirst paragraph.') => { han: 0, words: 3, lead: 'First paragraph.', links: [], hash: '…', code: false }
 */
export function parsedBodyFacts(body: string, file?: UnrenderedFile): BodyFacts {
  const tree = parseMarkdown(body, { mdx: file?.path.endsWith('.mdx') });
  const image = mayShowImages(body) ? firstPreviewImage(articleImages(tree)) : undefined;
  const from = file && fileArticle(file.path, file.links.articlesDir);
  let links: DocumentLinks | undefined;
  if (file && from && mayLinkArticles(body)) {
    links = linkTree(tree, documentLinks(from, linkTargets(file.links)), body);
    throwBrokenLinks(links.found, {
      path: file.path,
      shown: file.links.shownPath?.(file.path),
      body,
      text: () => file.links.fileText?.(file.path),
      published: file.published,
    });
  }
  if (mayEditCjkText(body)) editTree(tree, body, { text: cjkText });
  const cards = file && from && file.path.endsWith('.mdx') ? cardLinks(tree, from, linkTargets(file.links)) : [];
  return measureBody(readableBlocks(tree.children), body, [...(links?.to ?? []), ...cards], hasCode(tree), image);
}
