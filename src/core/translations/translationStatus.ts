import { contentHash } from '../content/contentHash';
import { LOCALES, type Locale } from '../language/locales';
import { originalVersion } from './originalVersion';
import { isPublished } from '../articles/published';

/**
 * - translated: the translation records the hash of the original's current text;
 * - outdated: it records an older hash, so the original changed after it was made;
 * - unstamped: it records no hash, so nobody can tell (stamp it once checked);
 * - missing: there is no translation in that language.
 */
export type TranslationState = 'translated' | 'missing' | 'outdated' | 'unstamped';

export interface TranslationRecord {
  from?: Locale;
  sourceHash?: string;
}

/**
 * The state of a translation against the original's current body.
 * @example translationState('Hello', { from: 'en', sourceHash: contentHash('Hello') }) => 'translated'
 * @example translationState('Hello, world', { from: 'en', sourceHash: contentHash('Hello') }) => 'outdated'
 * @example translationState('Hello', undefined) => 'missing'
 */
export function translationState(originalBody: string, translation: TranslationRecord | undefined): TranslationState {
  return translationStateOf(contentHash(originalBody), translation);
}

/**
 * The same, from the hash of the original's body (BodyFacts.hash at build time).
 * @example translationStateOf(contentHash('Hello'), { from: 'en', sourceHash: contentHash('Hello') }) => 'translated'
 */
export function translationStateOf(originalHash: string, translation: TranslationRecord | undefined): TranslationState {
  if (!translation) return 'missing';
  if (!translation.sourceHash) return 'unstamped';
  return translation.sourceHash === originalHash ? 'translated' : 'outdated';
}

/** One article file, as the status needs it. */
export interface StatusArticle {
  locale: Locale;
  slug: string;
  body: string;
  data: { draft?: boolean; translation?: TranslationRecord };
}

export interface TranslationStatus {
  slug: string;
  /** The language of the original. */
  original: Locale;
  /** The language of the (expected) translation. */
  locale: Locale;
  state: TranslationState;
  /** The hash of the original's current body: what a stamp writes. */
  currentHash: string;
  recordedHash?: string;
}

/**
 * The translation state of every published article in every language other
 * than its original's, sorted by slug then language. Drafts do not count: a
 * draft translation is still missing, a draft original is not listed.
 * @example translationStatuses([{ locale: 'en', slug: 'a', body: 'Hi', data: {} }]) => [{ slug: 'a', original: 'en', locale: 'zh', state: 'missing', currentHash: '…' }]
 */
export function translationStatuses(articles: readonly StatusArticle[]): TranslationStatus[] {
  const groups = new Map<string, Partial<Record<Locale, StatusArticle>>>();
  for (const article of articles) {
    if (!isPublished(article.data)) continue;
    const group = groups.get(article.slug) ?? {};
    group[article.locale] = article;
    groups.set(article.slug, group);
  }
  const statuses: TranslationStatus[] = [];
  for (const slug of [...groups.keys()].sort()) {
    const group = groups.get(slug)!;
    const original = originalVersion(group, (a) => a.data.translation);
    const currentHash = contentHash(original.body);
    for (const locale of LOCALES) {
      if (locale === original.locale) continue;
      const version = group[locale];
      // A second version that does not say it is a translation still is one: it only lacks the record.
      const record = version ? (version.data.translation ?? {}) : undefined;
      statuses.push({
        slug,
        original: original.locale,
        locale,
        state: translationState(original.body, record),
        currentHash,
        recordedHash: record?.sourceHash,
      });
    }
  }
  return statuses;
}
