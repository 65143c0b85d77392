import { isoDate } from './dates';

export interface ArticleJsonLdInput {
  title: string;
  description: string;
  /** Absolute canonical URL of the article. */
  url: string;
  /** BCP 47 language of the text. */
  lang: string;
  date: Date;
  updated?: Date;
  authors: readonly string[];
  publisher: string;
  topics: readonly string[];
  /** Absolute URL of the original when this is a translation. */
  translationOf?: string;
}

/**
 * schema.org `Article` data for an article page.
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
    datePublished: isoDate(a.date),
    dateModified: isoDate(a.updated ?? a.date),
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
