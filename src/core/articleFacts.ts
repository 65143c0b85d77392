import { isLocale, type Locale } from './locales';
import { isPublished } from './published';
import { parseArticlePath } from './slugs';
import { parseFrontmatter, splitFrontmatter } from './frontmatter';
import type { ContentInput } from './contentFiles';

/** The facts about one article file that URLs depend on. */
export interface ArticleFacts {
  locale: Locale;
  slug: string;
  title: string;
  aliases: string[];
  published: boolean;
}

/**
 * The URL-relevant facts of every well-named article file, read from its raw
 * frontmatter (the validator has already rejected broken files by then).
 * @example articleFacts({ articles: [{ path: 'en/a.md', file: 'a.md', text: '---\ntitle: A\naliases: [b]\n---\n' }] })
 *   => [{ locale: 'en', slug: 'a', title: 'A', aliases: ['b'], published: true }]
 */
export function articleFacts(input: Pick<ContentInput, 'articles'>): ArticleFacts[] {
  return input.articles.flatMap((file) => {
    const key = parseArticlePath(file.path);
    if ('error' in key || !isLocale(key.locale)) return [];
    const { yaml } = splitFrontmatter(file.text);
    const data = (yaml === undefined ? {} : (parseFrontmatter(yaml).data ?? {})) as { title?: unknown; aliases?: unknown; draft?: unknown };
    const aliases = Array.isArray(data.aliases) ? data.aliases.filter((a): a is string => typeof a === 'string') : [];
    return [{ ...key, title: typeof data.title === 'string' ? data.title : key.slug, aliases, published: isPublished({ draft: data.draft === true }) }];
  });
}
