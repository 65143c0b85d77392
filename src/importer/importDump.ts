import { perLocale } from '../core/language/perLocale';
import { importArticle, type ImportedArticle, type ImportOptions } from './importArticle';
import type { JunkKind } from './junk';
import { KNOWN_SITES } from './knownSites';
import { toParagraphs } from './paragraphs';
import { uniqueSlug } from './slug';
import { splitArticles, type DumpLine } from './splitArticles';

export interface DumpImport {
  articles: ImportedArticle[];
  /** Lines before the first headline that are not junk: text the importer could not place. */
  unplaced: DumpLine[];
  /** Junk removed, by kind, over the whole dump. */
  removed: Partial<Record<JunkKind, number>>;
}

/**
 * The pure importer: a dump's text in, articles with frontmatter and Markdown
 * bodies out, each slug unique within its language.
 * @example importDump('Fed Flags Stablecoin Risk\n\nThe Fed said so on Friday.', { collectedOn: '2019-11-19' }).articles.length => 1
 */
export function importDump(text: string, options: Partial<ImportOptions> = {}): DumpImport {
  const { articles: raw, preamble } = splitArticles(toParagraphs(text));
  const taken = perLocale(() => new Set<string>());
  const removed: Partial<Record<JunkKind, number>> = {};
  const articles = raw.map((r) => {
    const article = importArticle(r, { ...options, sites: options.sites ?? KNOWN_SITES });
    article.slug = uniqueSlug(article.slug, taken(article.locale));
    taken(article.locale).add(article.slug);
    for (const [kind, n] of Object.entries(article.removed) as [JunkKind, number][]) removed[kind] = (removed[kind] ?? 0) + n;
    return article;
  });
  for (const line of preamble) if (line.junk) removed[line.junk] = (removed[line.junk] ?? 0) + 1;
  return { articles, unplaced: preamble.filter((l) => !l.junk), removed };
}
