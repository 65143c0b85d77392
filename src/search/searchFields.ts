import { isoDate } from '../core/dates/dates';
import type { Locale } from '../core/language/locales';

/** What the search index stores about an article besides its text. */
export interface SearchFields {
  /** Shown with each result: `data-pagefind-meta`. */
  meta: Record<string, string>;
  /** Facets the reader can narrow by: `data-pagefind-filter`. Values are ids, so both languages share them. */
  filters: Record<string, string[]>;
  /** Orderings: `data-pagefind-sort`. */
  sort: Record<string, string>;
}

/** The kind of the glossary pages in the index, next to the articles' `article` and `brief`. */
export const GLOSSARY_KIND = 'glossary';

export interface SearchFieldsInput {
  locale: Locale;
  date: Date;
  kind: string;
  /** The source's name, shown with the result, and its filter value, shared by its names in both languages (sourceNames.ts). */
  source?: { name: string; id: string };
  topics: readonly string[];
}

/**
 * The metadata, filters and sort keys of one article page. The title is not
 * here: Pagefind takes it from the article's indexed `<h1>`.
 * @example searchFields({ locale: 'en', date: new Date('2019-11-18'), kind: 'brief', topics: ['cbdc'] })
 *   => { meta: { date: '2019-11-18', language: 'en', kind: 'brief' }, filters: { topic: ['cbdc'], year: ['2019'], kind: ['brief'] }, sort: { date: '2019-11-18' } }
 */
export function searchFields({ locale, date, kind, source, topics }: SearchFieldsInput): SearchFields {
  const day = isoDate(date);
  const meta: Record<string, string> = { date: day, language: locale, kind };
  const filters: Record<string, string[]> = { topic: [...topics], year: [day.slice(0, 4)], kind: [kind] };
  if (source) {
    meta.source = source.name;
    filters.source = [source.id];
  }
  if (topics.length === 0) delete filters.topic;
  return { meta, filters, sort: { date: day } };
}

/**
 * The metadata and filter of a glossary page: a kind of its own, so that readers can
 * narrow a search to glossary terms, and no date (it is left out when results are sorted by date).
 * @example glossarySearchFields('zh') => { meta: { language: 'zh', kind: 'glossary' }, filters: { kind: ['glossary'] }, sort: {} }
 */
export function glossarySearchFields(locale: Locale): SearchFields {
  return { meta: { language: locale, kind: GLOSSARY_KIND }, filters: { kind: [GLOSSARY_KIND] }, sort: {} };
}
