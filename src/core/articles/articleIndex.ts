import { LOCALES, type Locale } from '../language/locales';
import { originalVersion } from '../translations/originalVersion';
import { isPublished } from './published';
import { parseArticlePath } from '../links/slugs';

/** The fields of a collection entry the index needs; Astro's entries fit it. */
export interface ArticleEntryLike {
  id: string;
  filePath?: string;
  body?: string;
  data: {
    title: string;
    date: Date;
    draft?: boolean;
    topics?: readonly (string | { id: string })[];
    translation?: { from: string };
  };
}

export interface Article<E extends ArticleEntryLike = ArticleEntryLike> {
  locale: Locale;
  slug: string;
  entry: E;
}

/** What a reader of `locale` gets at `/<locale>/articles/<slug>/`. */
export interface ArticleView<E extends ArticleEntryLike = ArticleEntryLike> {
  slug: string;
  /** The language of the page's URL (the reader's language). */
  locale: Locale;
  /** The article shown: in the reader's language, or the original as a fallback. */
  article: Article<E>;
  isFallback: boolean;
  /** Every language the article really exists in. */
  available: Locale[];
}

export interface ArticleIndex<E extends ArticleEntryLike = ArticleEntryLike> {
  /** slug => the article in each language it exists in. */
  bySlug: Map<string, Partial<Record<Locale, Article<E>>>>;
  /** Every published slug, newest first. */
  slugs: string[];
  view(locale: Locale, slug: string): ArticleView<E> | undefined;
  /** One view per slug for a locale, newest first: the reader's list of everything. */
  listing(locale: Locale): ArticleView<E>[];
}

/** The topic ids of an entry, whether plain strings or collection references. */
export function topicIds(entry: ArticleEntryLike): string[] {
  return (entry.data.topics ?? []).map((t) => (typeof t === 'string' ? t : t.id));
}

function newestFirst(a: { date: Date; slug: string }, b: { date: Date; slug: string }): number {
  return b.date.getTime() - a.date.getTime() || a.slug.localeCompare(b.slug);
}

/**
 * Groups published entries by slug and language. Entries whose path breaks
 * the naming rules make it throw, with every problem listed.
 */
export function buildArticleIndex<E extends ArticleEntryLike>(entries: readonly E[]): ArticleIndex<E> {
  const bySlug = new Map<string, Partial<Record<Locale, Article<E>>>>();
  const problems: string[] = [];
  for (const entry of entries) {
    if (!isPublished(entry.data)) continue;
    const key = parseArticlePath(entry.id.includes('.') ? entry.id : `${entry.id}.md`);
    if ('error' in key) {
      problems.push(`${entry.filePath ?? entry.id}: ${key.error}`);
      continue;
    }
    const group = bySlug.get(key.slug) ?? {};
    group[key.locale] = { ...key, entry };
    bySlug.set(key.slug, group);
  }
  if (problems.length) throw new Error(`Article files break the naming rules:\n${problems.join('\n')}`);

  const originalOf = (group: Partial<Record<Locale, Article<E>>>): Article<E> => originalVersion(group, (a) => a.entry.data.translation);

  const slugs = [...bySlug.entries()]
    .map(([slug, group]) => ({ slug, date: originalOf(group).entry.data.date }))
    .sort(newestFirst)
    .map((s) => s.slug);

  const view = (locale: Locale, slug: string): ArticleView<E> | undefined => {
    const group = bySlug.get(slug);
    if (!group) return undefined;
    const available = LOCALES.filter((l) => group[l]);
    const own = group[locale];
    if (own) return { slug, locale, article: own, isFallback: false, available };
    return { slug, locale, article: originalOf(group), isFallback: true, available };
  };

  return {
    bySlug,
    slugs,
    view,
    listing: (locale) => slugs.map((slug) => view(locale, slug)!),
  };
}
