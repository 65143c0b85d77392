import { fileURLToPath } from 'node:url';
import type { MdastPluginDefinition, MdastVisitorContext } from 'satteri';
import { isPublished } from '../core/articles/published';
import { articleSetOf, type ArticleSet, type KnownArticle } from '../core/links/resolveArticleLink';
import type { ArticleKey } from '../core/links/slugs';
import { throwBrokenLinks } from './brokenLinks';
import { fileArticle } from './fileArticle';
import { documentLinks, linkArticles, type DocumentLinks, type LinkStepNode } from './linkArticles';
import { visitorContext } from './nodeContext';

export interface ArticleLinksOptions {
  /** Every article file of the build (see siteArticleLinks); asked for each document, as `astro dev` reads changed files again. */
  articles: readonly KnownArticle[];
  /** The set of `articles`, where the caller keeps one (else made here, once per list). */
  articleSet?: ArticleSet;
  /** The folder holding `<locale>/<slug>.md`, to tell which article a file is. */
  articlesDir: string;
  /**
   * The text of an article file, so that errors give lines of the file: the
   * renderer is given the body only. Without it, errors give lines of the body.
   */
  fileText?: (path: string) => string | undefined;
  /** How errors name a file: the site shows paths inside the project relative to it. */
  shownPath?: (path: string) => string;
}

/**
 * The set of articles links resolve against: the one the caller keeps (siteArticleLinks, shared by the
 * process), else the list's own, made once per list.
 */
export function linkTargets(options: Pick<ArticleLinksOptions, 'articles' | 'articleSet'>): ArticleSet {
  return options.articleSet ?? articleSetOf(options.articles);
}

/**
 * What the link step learnt of the document being rendered, for bodyFactsPlugin:
 * the published articles it links to, and whether language markers (EN, 中)
 * were added, which its text must then be read without.
 */
export function renderedLinks(ctx: MdastVisitorContext): { to: readonly ArticleKey[]; markers: boolean } {
  return (ctx.data.zhikuArticleLinks as DocumentLinks | undefined) ?? { to: [], markers: false };
}

/**
 * The Sätteri plugin that takes the link step (linkArticles) on every link,
 * link definition and text node: wikilinks and relative links to article files
 * become links to the article pages. Links to missing articles fail the
 * render once the whole document is read (throwBrokenLinks). The published
 * targets are kept with the rendered page (BodyFacts.links, through
 * renderedLinks) for the link graph.
 *
 * A body's rendered HTML depends on the articles it links to: the article
 * loader puts them in the body's digest (site/articleLoader.ts), so that the
 * content store renders it again when one of them changes.
 */
export function articleLinksPlugin(options: ArticleLinksOptions): MdastPluginDefinition {
  const step = (node: Readonly<LinkStepNode>, ctx: MdastVisitorContext) => {
    const doc = ctx.data.zhikuArticleLinks as DocumentLinks | undefined;
    if (doc) linkArticles(node, doc, visitorContext(ctx, node));
  };

  return {
    name: 'zhiku-article-links',
    options: { position: true },
    before(_root, ctx) {
      const from = ctx.fileURL && fileArticle(fileURLToPath(ctx.fileURL), options.articlesDir);
      // The list as it is now: `astro dev` reads it again when an article file changes (site/currentContent.ts).
      ctx.data.zhikuArticleLinks = from ? documentLinks(from, linkTargets(options)) : undefined;
    },
    link: step,
    definition: step,
    text(node, ctx) {
      // Most text holds no wikilink: leave it before asking for anything more.
      if (node.value.includes('[[')) step(node, ctx);
    },
    after(_root, ctx) {
      const doc = ctx.data.zhikuArticleLinks as DocumentLinks | undefined;
      if (!doc || !ctx.fileURL) return;
      const path = fileURLToPath(ctx.fileURL);
      const frontmatter = (ctx.data.astro as { frontmatter?: { draft?: boolean } } | undefined)?.frontmatter;
      throwBrokenLinks(doc.found, {
        path,
        shown: options.shownPath?.(path),
        body: ctx.source,
        text: () => options.fileText?.(path),
        published: isPublished(frontmatter ?? {}),
      });
    },
  };
}
