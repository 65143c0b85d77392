import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastPluginDefinition, MdastVisitorContext } from 'satteri';
import { bodyLineOffset } from '../core/bodyLineOffset';
import { articleSet, type KnownArticle, type LinkSource } from '../core/resolveArticleLink';
import { parseArticlePath, type ArticleKey } from '../core/slugs';
import { isLanguageBadge, linkEdit, textEdit, type FoundArticleLink } from './rewriteArticleLinks';

export interface ArticleLinksOptions {
  /** Every article file of the build (see readKnownArticles), read once when the config loads. */
  articles: readonly KnownArticle[];
  /** The folder holding `<locale>/<slug>.md`, to tell which article a file is. */
  articlesDir: string;
}

/**
 * What this plugin learnt of the document being rendered, for bodyFactsPlugin:
 * the published articles it links to, and whether language markers (EN, 中)
 * were added, which its text must then be read without.
 */
export function documentLinks(ctx: MdastVisitorContext): { to: readonly ArticleKey[]; markers: boolean } {
  return (ctx.data.zhikuArticleLinks as DocumentLinks | undefined) ?? { to: [], markers: false };
}

interface DocumentLinks {
  from?: LinkSource;
  broken: FoundArticleLink[];
  /** Published targets, for the link graph (BodyFacts.links). */
  to: ArticleKey[];
  /** Whether language markers were added (bodyFactsPlugin leaves them out of the text). */
  markers: boolean;
}

function record(state: DocumentLinks, found: FoundArticleLink): void {
  if (!found.resolution.ok) state.broken.push(found);
  else if (!found.resolution.target.draft) state.to.push({ locale: found.resolution.target.locale, slug: found.resolution.target.slug });
}

/**
 * The Sätteri plugin that turns wikilinks and relative links to article files
 * into links to the article pages (edits from rewriteArticleLinks.ts). A link
 * to a missing article throws an error naming the file, line and column, after
 * the whole document is read, so that one error lists them all. Drafts may hold
 * broken links: they are never published. The published targets are kept
 * with the rendered page (BodyFacts.links, through documentLinks) for the link graph.
 *
 * The article list must also be in Astro's config, for its cache: see
 * articleListStamp in markdownProcessor.ts.
 */
export function articleLinksPlugin(options: ArticleLinksOptions): MdastPluginDefinition {
  const articles = articleSet(options.articles);
  const root = resolve(options.articlesDir);
  const state = (ctx: MdastVisitorContext) => ctx.data.zhikuArticleLinks as DocumentLinks;

  return {
    name: 'zhiku-article-links',
    options: { position: true },
    before(_root, ctx) {
      const path = ctx.fileURL ? fileURLToPath(ctx.fileURL) : undefined;
      const key = path ? parseArticlePath(relative(root, path)) : undefined;
      ctx.data.zhikuArticleLinks = { from: key && !('error' in key) ? key : undefined, broken: [], to: [], markers: false } satisfies DocumentLinks;
    },
    link(node, ctx) {
      const { from } = state(ctx);
      const edit = from && linkEdit(node, from, articles);
      if (!edit) return;
      record(state(ctx), edit.found);
      if (edit.unwrap) return ctx.replaceNode(node, [...node.children]);
      if (edit.url) ctx.setProperty(node, 'url', edit.url);
      if (edit.hProperties) ctx.setProperty(node, 'data', { ...node.data, hProperties: edit.hProperties });
      if (edit.after) {
        ctx.insertAfter(node, edit.after);
        state(ctx).markers = true;
      }
    },
    definition(node, ctx) {
      const { from } = state(ctx);
      const edit = from && linkEdit(node, from, articles);
      if (!edit) return;
      record(state(ctx), edit.found);
      if (edit.url) ctx.setProperty(node, 'url', edit.url);
    },
    text(node, ctx) {
      const { from } = state(ctx);
      if (!from || !node.value.includes('[[') || ctx.parent(node)?.type === 'link') return;
      const edit = textEdit(node, from, articles);
      for (const found of edit.found) record(state(ctx), found);
      if (!edit.replacement) return;
      ctx.replaceNode(node, edit.replacement);
      if (edit.replacement.some(isLanguageBadge)) state(ctx).markers = true;
    },
    after(_root, ctx) {
      const { broken } = state(ctx);
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
