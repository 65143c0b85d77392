import { isoDate } from '../dates/dates';
import { isPublicationDate, type DateSource } from '../dates/dateSource';

export interface ArticleJsonLdInput {
  title: string;
  description: string;
  /** Absolute canonical URL of the article. */
  url: string;
  /** BCP 47 language of the text. */
  lang: string;
  date: Date;
  /** Where `date` came from: a collection day is not claimed as a publication date. */
  dateFrom?: DateSource;
  updated?: Date;
  authors: readonly string[];
  publisher: string;
  topics: readonly string[];
  /** Absolute URL of the original when this is a translation. */
  translationOf?: string;
}

/**
 * schema.org `Article` data for an article page. A date that is only the day
 * the article was collected is left out: `datePublished` is the day of first
 * publication, and `dateCreated` the day the work was created, neither of
 * which the collection day is (schema.org has no property for "collected by
 * this site"); the page still shows it as "Collected on".
 * @example articleJsonLd({ title: 'A', url: 'https://x.org/en/articles/a/', … })['@type'] => 'Article'
 */
export function articleJsonLd(a: ArticleJsonLdInput): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: a.title,
    description: a.description,
    url: a.url,
    mainEntityOfPage: a.url,
    inLanguage: a.lang,
    ...(isPublicationDate(a.dateFrom) ? { datePublished: isoDate(a.date) } : {}),
    ...(a.updated || isPublicationDate(a.dateFrom) ? { dateModified: isoDate(a.updated ?? a.date) } : {}),
    ...(a.authors.length ? { author: a.authors.map((name) => ({ '@type': 'Person', name })) } : {}),
    publisher: { '@type': 'Organization', name: a.publisher },
    ...(a.topics.length ? { keywords: a.topics.join(', ') } : {}),
    ...(a.translationOf ? { translationOfWork: { '@id': a.translationOf } } : {}),
  };
}

/**
 * JSON for a `<script type="application/ld+json">`: `<`, `>` and `&` are
 * written as \u escapes, so no text from an article can close the script.
 * @example serializeJsonLd({ a: '</script>' }) => '{"a":"\\u003c/script\\u003e"}'
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
