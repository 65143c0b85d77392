import { topicIds } from '../core/articles/articleIndex';
import { entryBodyFacts } from './entryBodyFacts';
import { getArticleIndex } from './content';
import { buildLinkGraph, type LinkGraph, type PageLinks } from '../core/links/linkGraph';
import { LOCALES } from '../core/language/locales';
import { relatedArticles } from '../core/articles/relatedArticles';

export interface ArticleGraph {
  links: LinkGraph;
  /** The slugs of the articles sharing the most topics with one, best first. */
  related: (slug: string) => string[];
}

let graph: Promise<ArticleGraph> | undefined;

async function build(): Promise<ArticleGraph> {
  const index = await getArticleIndex();
  const pages: PageLinks[] = [];
  const topicsBySlug = new Map<string, string[]>();
  for (const slug of index.slugs) {
    const group = index.bySlug.get(slug)!;
    const topics = new Set<string>();
    for (const locale of LOCALES) {
      const article = group[locale];
      if (!article) continue;
      topicIds(article.entry).forEach((t) => topics.add(t));
      pages.push({ from: { locale, slug }, to: entryBodyFacts(article.entry).links });
    }
    topicsBySlug.set(slug, [...topics]);
  }
  return { links: buildLinkGraph(pages), related: relatedArticles(topicsBySlug) };
}

/**
 * The links between articles and the related-articles ranking, computed once
 * per build from the body facts (entryBodyFacts). Throws, naming file and line,
 * when an MDX article links to an article that does not exist, so the build
 * fails, as rendering a Markdown article does.
 */
export function getArticleGraph(): Promise<ArticleGraph> {
  graph ??= build();
  return graph;
}
