import { articleSource, type ContentFile, type ContentInput } from '../content/contentFiles';
import { frontmatterFields } from '../content/frontmatter';
import type { KnownArticle } from '../links/resolveArticleLink';
import type { ArticleKey } from '../links/slugs';

/** The facts about one article file that URLs and links depend on. */
export interface ArticleFacts extends ArticleKey {
  /** The frontmatter title, or the slug while the title is missing. */
  title: string;
  aliases: string[];
  published: boolean;
}

/**
 * The URL-relevant facts of every well-named article file, read from its raw
 * frontmatter (the validator reports broken files; they are taken as far as they can be read).
 * @example articleFacts({ articles: [{ path: 'en/a.md', file: 'a.md', text: '---\ntitle: A\naliases: [b]\n---\n' }] })
 *   => [{ locale: 'en', slug: 'a', title: 'A', aliases: ['b'], published: true }]
 */
export function articleFacts(input: Pick<ContentInput, 'articles'>): ArticleFacts[] {
  return input.articles.flatMap((file) => {
    let facts = factsOfFile.get(file);
    if (facts === undefined) factsOfFile.set(file, (facts = fileFacts(file)));
    return facts ? [facts] : [];
  });
}

/**
 * The facts of each file object already read. A reading of a folder keeps the objects of the files that
 * did not change (site/currentContent.ts), so in `astro dev` only the file just saved is read again.
 */
const factsOfFile = new WeakMap<object, ArticleFacts | null>();

function fileFacts(file: Pick<ContentInput, 'articles'>['articles'][number]): ArticleFacts | null {
  const source = articleSource(file);
  if ('error' in source.key) return null;
  const data = frontmatterFields(source.frontmatter);
  const aliases = Array.isArray(data.aliases) ? data.aliases.filter((a): a is string => typeof a === 'string') : [];
  return { ...source.key, title: typeof data.title === 'string' ? data.title : source.key.slug, aliases, published: source.published };
}

/**
 * The articles a link may point at, as the link resolver wants them.
 * @example knownArticles([{ locale: 'en', slug: 'a', title: 'A', aliases: ['b'], published: false }]) => [{ locale: 'en', slug: 'a', title: 'A', published: false, aliases: ['b'] }]
 */
export function knownArticles(facts: readonly ArticleFacts[]): KnownArticle[] {
  return facts.map(({ locale, slug, title, aliases, published }) => ({
    locale,
    slug,
    title,
    published,
    ...(aliases.length ? { aliases } : {}),
  }));
}

/**
 * Whether a change to one article file changes what links to it show (see
 * linkDependencyStamp): it came or went, or its language, title, aliases or
 * draft state changed. An edit of its text alone does not.
 * @example linksToItChange({ path: 'en/a.md', file: 'a.md', text: '---\ntitle: A\n---\nOld' }, { path: 'en/a.md', file: 'a.md', text: '---\ntitle: A\n---\nNew' }) => false
 */
export function linksToItChange(before: ContentFile | undefined, after: ContentFile | undefined): boolean {
  const facts = (file: ContentFile | undefined) => JSON.stringify(file ? knownArticles(articleFacts({ articles: [file] })) : []);
  return facts(before) !== facts(after);
}
