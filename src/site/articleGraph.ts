import type { ArticleIndex } from '../core/articles/articleIndex';
import { entryBodyFacts } from './entryBodyFacts';
import { getArticleIndex, reuseAcrossEdits, type ArticleEntry } from './content';
import { buildLinkGraph, type PageLinks } from '../core/links/linkGraph';
import { filesNaming } from '../core/links/linkDependencies';
import { LOCALES } from '../core/language/locales';
import { relatedInIndex } from '../core/articles/relatedArticles';
import { contentDir } from './contentDir';
import { currentContent } from './currentContent';

export interface ArticleGraph {
  /** The slugs of the articles linking to one (in either language), in the index's order. */
  backlinks: (slug: string) => readonly string[];
  /** The slugs of the articles sharing the most topics with one, best first. */
  related: (slug: string) => string[];
}

let graph: Promise<ArticleGraph> | undefined;

/** The links of the articles `slugs` names (in the index's order), from their body facts, for the versions `include` takes (all by default). */
function pageLinks(
  index: ArticleIndex<ArticleEntry>,
  slugs: readonly string[],
  include: (key: string) => boolean = () => true,
): PageLinks[] {
  const pages: PageLinks[] = [];
  for (const slug of slugs) {
    const group = index.bySlug.get(slug)!;
    for (const locale of LOCALES) {
      const article = group[locale];
      if (article && include(`${locale}/${slug}`)) pages.push({ from: { locale, slug }, to: entryBodyFacts(article.entry).links });
    }
  }
  return pages;
}

/**
 * The backlinks of one article at a time, for `astro dev`, where bodies are rendered when their
 * pages are (site/articleLoader.ts) and the body facts of all of them would mean parsing every body
 * before the first page. Any link to an article names its slug or one of its `aliases` in the
 * linking file's text, so only the files whose text holds one of those are measured.
 */
function backlinksOnDemand(index: ArticleIndex<ArticleEntry>): (slug: string) => readonly string[] {
  return (slug) => {
    const group = index.bySlug.get(slug) ?? {};
    const names = [slug, ...Object.values(group).flatMap((article) => article?.entry.data.aliases ?? [])];
    const candidates = new Set<string>();
    const slugs = new Set<string>();
    for (const file of filesNaming(currentContent(contentDir()).articles, names)) {
      // Its own versions name it too (a source URL, a self-link), but links within an article are no backlinks (buildLinkGraph).
      if (!('slug' in file.key) || file.key.slug === slug || index.position(file.key.slug) < 0) continue;
      candidates.add(`${file.key.locale}/${file.key.slug}`);
      slugs.add(file.key.slug);
    }
    const inOrder = [...slugs].sort((a, b) => index.position(a) - index.position(b));
    return buildLinkGraph(pageLinks(index, inOrder, (key) => candidates.has(key))).backlinks.get(slug) ?? [];
  };
}

async function build(): Promise<ArticleGraph> {
  const index = await getArticleIndex();
  const related = relatedInIndex(index, reuseAcrossEdits);
  if (import.meta.env.DEV) return { backlinks: backlinksOnDemand(index), related };
  const { backlinks } = buildLinkGraph(pageLinks(index, index.slugs));
  return { backlinks: (slug) => backlinks.get(slug) ?? [], related };
}

/**
 * The links between articles and the related-articles ranking, computed once
 * per build from the body facts (entryBodyFacts). Throws, naming file and line,
 * when an MDX article links to an article that does not exist, so the build
 * fails, as rendering a Markdown article does. In `astro dev`, each page's
 * backlinks are found when it is served (backlinksOnDemand).
 */
export function getArticleGraph(): Promise<ArticleGraph> {
  graph ??= build();
  return graph;
}
