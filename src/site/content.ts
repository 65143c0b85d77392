import { getCollection, type CollectionEntry } from 'astro:content';
import { buildArticleIndex, type ArticleIndex } from '../core/articles/articleIndex';
import type { Locale } from '../core/language/locales';
import type { Topic } from '../core/articles/articleSchema';

export type ArticleEntry = CollectionEntry<'articles'>;
export type TopicEntry = CollectionEntry<'topics'>;

let index: Promise<ArticleIndex<ArticleEntry>> | undefined;

/** The site's article index, built once per build from the content collection. */
export function getArticleIndex(): Promise<ArticleIndex<ArticleEntry>> {
  index ??= getCollection('articles').then((entries) => buildArticleIndex(entries));
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
