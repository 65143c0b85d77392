import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastPluginDefinition, MdastVisitorContext } from 'satteri';
import { bodyLineOffset } from '../lib/bodyLineOffset';
import { articleSet, type KnownArticle, type LinkSource } from '../lib/resolveArticleLink';
import { parseArticlePath } from '../lib/slugs';
import { linkEdit, textEdit, type FoundArticleLink } from './rewriteArticleLinks';

export interface ArticleLinksOptions {
  /** Every article file of the build (see readKnownArticles), read once when the config loads. */
  articles: readonly KnownArticle[];
  /** The folder holding `<locale>/<slug>.md`, to tell which article a file is. */
  articlesDir: string;
}

interface DocumentLinks {
  from?: LinkSource;
  broken: FoundArticleLink[];
}

/**
 * The Sätteri plugin that turns wikilinks and relative links to article files
 * into links to the article pages (edits from rewriteArticleLinks.ts). A link
 * to a missing article throws an error naming the file, line and column, after
 * the whole document is read, so that one error lists them all. Drafts may hold
 * broken links: they are never published.
 *
 * The article list is a property of the plugin on purpose: Astro hashes its
 * config, plugins included, so a new, removed or (un)drafted article clears
 * the content cache and every page that links to it is rendered again.
 */
export function articleLinksPlugin(options: ArticleLinksOptions): MdastPluginDefinition & { articles: readonly KnownArticle[] } {
  const articles = articleSet(options.articles);
  const root = resolve(options.articlesDir);
  const state = (ctx: MdastVisitorContext) => ctx.data.zhikuArticleLinks as DocumentLinks;

  return {
    name: 'zhiku-article-links',
    articles: options.articles,
    options: { position: true },
    before(_root, ctx) {
      const path = ctx.fileURL ? fileURLToPath(ctx.fileURL) : undefined;
      const key = path ? parseArticlePath(relative(root, path)) : undefined;
      ctx.data.zhikuArticleLinks = { from: key && !('error' in key) ? key : undefined, broken: [] } satisfies DocumentLinks;
    },
    link(node, ctx) {
      const { from, broken } = state(ctx);
      const edit = from && linkEdit(node, from, articles);
      if (!edit) return;
      if (!edit.found.resolution.ok) broken.push(edit.found);
      if (edit.unwrap) return ctx.replaceNode(node, [...node.children]);
      if (edit.url) ctx.setProperty(node, 'url', edit.url);
      if (edit.hProperties) ctx.setProperty(node, 'data', { ...node.data, hProperties: edit.hProperties });
      if (edit.after) ctx.insertAfter(node, edit.after);
    },
    definition(node, ctx) {
      const { from, broken } = state(ctx);
      const edit = from && linkEdit(node, from, articles);
      if (!edit) return;
      if (!edit.found.resolution.ok) broken.push(edit.found);
      if (edit.url) ctx.setProperty(node, 'url', edit.url);
    },
    text(node, ctx) {
      const { from, broken } = state(ctx);
      if (!from || !node.value.includes('[[') || ctx.parent(node)?.type === 'link') return;
      const edit = textEdit(node, from, articles);
      broken.push(...edit.found.filter((f) => !f.resolution.ok));
      if (edit.replacement) ctx.replaceNode(node, edit.replacement);
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
