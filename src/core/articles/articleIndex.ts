import { LOCALES, type Locale } from '../language/locales';
import { originalVersion } from '../translations/originalVersion';
import { isPublished } from './published';
import { parseArticlePath } from '../links/slugs';
import { MAKE_AFRESH, type InputValue, type Reuse } from '../build/reuse';

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
  slugs: readonly string[];
  /** A slug's place in `slugs`, or -1 when it has none. */
  position(slug: string): number;
  view(locale: Locale, slug: string): ArticleView<E> | undefined;
  /** One view per slug for a locale, newest first: the reader's list of everything. */
  listing(locale: Locale): ArticleView<E>[];
}

/** The topic ids of an entry, whether plain strings or collection references. */
export function topicIds(entry: ArticleEntryLike): string[] {
  return (entry.data.topics ?? []).map((t) => (typeof t === 'string' ? t : t.id));
}

/** What each entry id's path says (parseArticlePath), kept by id: an id always names the same path. */
const keysById = new Map<string, ReturnType<typeof parseArticlePath>>();

function keyOf(id: string): ReturnType<typeof parseArticlePath> {
  let key = keysById.get(id);
  if (!key) keysById.set(id, (key = parseArticlePath(id.includes('.') ? id : `${id}.md`)));
  return key;
}

/**
 * The slugs of a list of `slug, time` pairs (the index's reuse input), newest first; slugs in
 * `localeCompare` order on the same time.
 * @example slugsNewestFirst(['a', 1, 'c', 2, 'b', 2]) => ['b', 'c', 'a']
 */
export function slugsNewestFirst(datesBySlug: readonly InputValue[]): string[] {
  const dated: { slug: string; time: number }[] = [];
  for (let at = 0; at < datesBySlug.length; at += 2) dated.push({ slug: datesBySlug[at] as string, time: datesBySlug[at + 1] as number });
  return dated.sort((a, b) => b.time - a.time || a.slug.localeCompare(b.slug)).map((s) => s.slug);
}

/**
 * Groups published entries by slug and language. Entries whose path breaks
 * the naming rules make it throw, with every problem listed. `reuse` may give
 * back the order of an earlier index whose slugs and dates were the same.
 */
export function buildArticleIndex<E extends ArticleEntryLike>(entries: readonly E[], reuse: Reuse = MAKE_AFRESH): ArticleIndex<E> {
  const bySlug = new Map<string, Partial<Record<Locale, Article<E>>>>();
  const problems: string[] = [];
  for (const entry of entries) {
    if (!isPublished(entry.data)) continue;
    const key = keyOf(entry.id);
    if ('error' in key) {
      problems.push(`${entry.filePath ?? entry.id}: ${key.error}`);
      continue;
    }
    let group = bySlug.get(key.slug);
    if (!group) bySlug.set(key.slug, (group = {}));
    group[key.locale] = { locale: key.locale, slug: key.slug, entry };
  }
  if (problems.length) throw new Error(`Article files break the naming rules:\n${problems.join('\n')}`);

  const originalOf = (group: Partial<Record<Locale, Article<E>>>): Article<E> => originalVersion(group, (a) => a.entry.data.translation);

  // The order depends on each slug's date and on nothing else; it is made from this input alone.
  const datesBySlug: InputValue[] = [];
  for (const [slug, group] of bySlug) datesBySlug.push(slug, originalOf(group).entry.data.date.getTime());
  const slugs = reuse('articleIndex.slugs', datesBySlug, () => Object.freeze(slugsNewestFirst(datesBySlug)));

  const view = (locale: Locale, slug: string): ArticleView<E> | undefined => {
    const group = bySlug.get(slug);
    if (!group) return undefined;
    const available = LOCALES.filter((l) => group[l]);
    const own = group[locale];
    if (own) return { slug, locale, article: own, isFallback: false, available };
    return { slug, locale, article: originalOf(group), isFallback: true, available };
  };

  let positions: Map<string, number> | undefined;
  return {
    bySlug,
    slugs,
    position: (slug) => (positions ??= new Map(slugs.map((s, i) => [s, i]))).get(slug) ?? -1,
    view,
    listing: (locale) => slugs.map((slug) => view(locale, slug)!),
  };
}
