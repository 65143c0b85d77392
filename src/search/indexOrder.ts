import { LOCALES, type Locale } from '../core/language/locales';
import { indexedPageFile } from '../core/links/urls';

/**
 * The order in which the languages' indexed pages render, so that each language's search
 * is indexed while the pages after it render: Chinese first, whose index takes longest
 * (Pagefind segments its words), then English.
 */
export const INDEX_ORDER: readonly Locale[] = ['zh', 'en'];

/**
 * Puts the pages a search indexes first, one language after the other (INDEX_ORDER), then
 * every other page; each group keeps its order.
 * @example indexFirst(['/en/', '/en/articles/a/', '/zh/articles/a/', '/en/glossary/'], (p) => p) => ['/zh/articles/a/', '/en/articles/a/', '/en/glossary/', '/en/']
 */
export function indexFirst<T>(items: readonly T[], pathOf: (item: T) => string): T[] {
  const order = [...INDEX_ORDER, ...LOCALES.filter((locale) => !INDEX_ORDER.includes(locale)), undefined];
  const groups = new Map<Locale | undefined, T[]>(order.map((locale) => [locale, []]));
  for (const item of items) groups.get(indexedPageFile(pathOf(item))?.locale)!.push(item);
  return [...groups.values()].flat();
}

/**
 * How many pages of each language a search indexes, among a build's paths.
 * @example indexedPageCounts(['/en/articles/a/', '/en/glossary/', '/zh/']) => Map { 'en' => 2 }
 */
export function indexedPageCounts(paths: Iterable<string>): Map<Locale, number> {
  const counts = new Map<Locale, number>();
  for (const path of paths) {
    const locale = indexedPageFile(path)?.locale;
    if (locale) counts.set(locale, (counts.get(locale) ?? 0) + 1);
  }
  return counts;
}
