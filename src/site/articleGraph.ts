import { readFileSync } from 'node:fs';
import { getCollection } from 'astro:content';
import { extractArticleLinks } from '../markdown/extractArticleLinks';
import { topicIds } from '../core/articleIndex';
import { renderedBodyFacts } from '../core/bodyFacts';
import { entryBody } from './entryBody';
import { bodyLineOffset } from '../core/bodyLineOffset';
import { getArticleIndex } from './content';
import { buildLinkGraph, type LinkGraph, type PageLinks } from '../core/linkGraph';
import { LOCALES } from '../core/locales';
import { isPublished } from '../core/published';
import { relatedArticles } from '../core/relatedArticles';
import { articleSet } from '../core/resolveArticleLink';
import { parseArticlePath, type ArticleKey } from '../core/slugs';

export interface ArticleGraph {
  links: LinkGraph;
  /** The slugs of the articles sharing the most topics with one, best first. */
  related: (slug: string) => string[];
}

let graph: Promise<ArticleGraph> | undefined;

/** The file line of a link found in an entry's body, for error messages. */
function fileLine(filePath: string | undefined, body: string, line: number): number {
  try {
    return line + (filePath ? bodyLineOffset(readFileSync(filePath, 'utf8'), body) : 0);
  } catch {
    return line;
  }
}

async function build(): Promise<ArticleGraph> {
  const entries = await getCollection('articles');
  const index = await getArticleIndex();
  const known = articleSet(
    entries.flatMap((entry) => {
      const key = parseArticlePath(entry.id.includes('.') ? entry.id : `${entry.id}.md`);
      return 'error' in key ? [] : [{ ...key, draft: !isPublished(entry.data), title: entry.data.title }];
    }),
  );
  const pages: PageLinks[] = [];
  const broken: string[] = [];
  const topicsBySlug = new Map<string, string[]>();
  for (const slug of index.slugs) {
    const group = index.bySlug.get(slug)!;
    const topics = new Set<string>();
    for (const locale of LOCALES) {
      const article = group[locale];
      if (!article) continue;
      topicIds(article.entry).forEach((t) => topics.add(t));
      // The renderer kept each body's links (BodyFacts); MDX entries are parsed here.
      const rendered = renderedBodyFacts(article.entry);
      if (rendered) {
        pages.push({ from: { locale, slug }, to: rendered.links });
        continue;
      }
      const body = entryBody(article.entry);
      const to: ArticleKey[] = [];
      for (const link of extractArticleLinks(body, article, known)) {
        if (!link.resolution.ok) broken.push(`${article.entry.filePath}:${fileLine(article.entry.filePath, body, link.line)}:${link.column}: broken link ${link.resolution.error}`);
        else if (!link.resolution.target.draft) to.push(link.resolution.target);
      }
      pages.push({ from: { locale, slug }, to });
    }
    topicsBySlug.set(slug, [...topics]);
  }
  if (broken.length) throw new Error(`Broken links between articles:\n${broken.join('\n')}`);
  return { links: buildLinkGraph(pages), related: relatedArticles(topicsBySlug) };
}

/**
 * The links between articles and the related-articles ranking, computed once
 * per build from the content collection. Throws, naming file and line, when an
 * article links to an article that does not exist, so the build fails.
 */
export function getArticleGraph(): Promise<ArticleGraph> {
  graph ??= build();
  return graph;
}
