import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastPluginDefinition, MdastVisitorContext } from 'satteri';
import { bodyLineOffset } from '../core/bodyLineOffset';
import { articleSet, type KnownArticle } from '../core/resolveArticleLink';
import { parseArticlePath, type ArticleKey } from '../core/slugs';
import { documentLinks, linkArticles, type DocumentLinks } from './linkArticles';
import { visitorContext } from './nodeContext';

export interface ArticleLinksOptions {
  /** Every article file of the build (see readKnownArticles), read once when the config loads. */
  articles: readonly KnownArticle[];
  /** The folder holding `<locale>/<slug>.md`, to tell which article a file is. */
  articlesDir: string;
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
 * become links to the article pages. A link to a missing article throws an
 * error naming the file, line and column, after the whole document is read, so
 * that one error lists them all. Drafts may hold broken links: they are never
 * published. The published targets are kept with the rendered page
 * (BodyFacts.links, through renderedLinks) for the link graph.
 *
 * The article list must also be in Astro's config, for its cache: see
 * articleListStamp in markdownProcessor.ts.
 */
export function articleLinksPlugin(options: ArticleLinksOptions): MdastPluginDefinition {
  const articles = articleSet(options.articles);
  const root = resolve(options.articlesDir);
  const step = (node: Parameters<typeof linkArticles>[0], ctx: MdastVisitorContext) => {
    const doc = ctx.data.zhikuArticleLinks as DocumentLinks | undefined;
    if (doc) linkArticles(node, doc, visitorContext(ctx, node));
  };

  return {
    name: 'zhiku-article-links',
    options: { position: true },
    before(_root, ctx) {
      const path = ctx.fileURL ? fileURLToPath(ctx.fileURL) : undefined;
      const key = path ? parseArticlePath(relative(root, path)) : undefined;
      ctx.data.zhikuArticleLinks = key && !('error' in key) ? documentLinks(key, articles) : undefined;
    },
    link: step,
    definition: step,
    text(node, ctx) {
      // Most text holds no wikilink: leave it before asking for anything more.
      if (node.value.includes('[[')) step(node, ctx);
    },
    after(_root, ctx) {
      const broken = (ctx.data.zhikuArticleLinks as DocumentLinks | undefined)?.found.filter((f) => !f.resolution.ok) ?? [];
      const frontmatter = (ctx.data.astro as { frontmatter?: { draft?: boolean } } | undefined)?.frontmatter;
      if (broken.length === 0 || frontmatter?.draft || !ctx.fileURL) return;
      const path = fileURLToPath(ctx.fileURL);
      let offset = 0;
      try {
        offset = bodyLineOffset(readFileSync(path, 'utf8'), ctx.source);
      } catch {
        // The file is gone or unreadable: report lines of the body.
      }
      const inProject = relative(process.cwd(), path);
      const where = inProject.startsWith('..') ? path : inProject;
      const lines = broken.map((f) => `${where}:${f.line + offset}:${f.column}: broken link ${f.resolution.ok ? '' : f.resolution.error}`);
      throw new Error(`Broken links between articles:\n${lines.join('\n')}`);
    },
  };
}
