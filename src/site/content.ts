import { getCollection, type CollectionEntry } from 'astro:content';
import { buildArticleIndex, type ArticleIndex } from '../core/articles/articleIndex';
import type { Locale } from '../core/language/locales';
import type { Topic } from '../core/articles/articleSchema';
import { lastResults, type Reuse } from '../core/build/reuse';
import { processShared } from './processShared';

export type ArticleEntry = CollectionEntry<'articles'>;
export type TopicEntry = CollectionEntry<'topics'>;

/**
 * What the computations over every article (the index's order, related articles, source names) made
 * last, with what they made it from. This module is evaluated again after each edit in `astro dev`
 * (it reads the content store); an edit that leaves a computation's input as it was gets its result back.
 */
export const reuseAcrossEdits: Reuse = processShared('zhiku.reuseAcrossEdits', lastResults);

let index: Promise<ArticleIndex<ArticleEntry>> | undefined;

/** The site's article index, built once per build (in `astro dev`, once per state of the store) from the content collection. */
export function getArticleIndex(): Promise<ArticleIndex<ArticleEntry>> {
  index ??= getCollection('articles').then((entries) => buildArticleIndex(entries, reuseAcrossEdits));
  return index;
}

let topics: Promise<TopicEntry[]> | undefined;

/** Every topic, sorted by id. */
export function getTopics(): Promise<TopicEntry[]> {
  topics ??= getCollection('topics').then((all) => all.sort((a, b) => a.id.localeCompare(b.id)));
  return topics;
}

/** @example topicName(topic, 'zh') => '监管' */
export function topicName(topic: { data: Topic }, locale: Locale): string {
  return topic.data.name[locale];
}
