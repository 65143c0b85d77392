import { LOCALES } from '../language/locales';
import { pathMatches } from '../content/pathRuns';
import { articleKey, parseWikilink, renamedSlug, WIKILINK, type ArticleSet } from './resolveArticleLink';

/** A relative path to a Markdown file as it can appear in a link or a link definition. */
export const FILE_LINK = /([^\s()<>[\]"'`]*?)\.mdx?(?=[#)\s"'>]|$)/giu;
/** What every such path holds. */
export const MARKDOWN_EXTENSION = /\.mdx?/i;

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Every slug an article's text may link to, by a wikilink (`[[slug]]`,
 * `[[zh:slug|…]]`) or by a path to an article file (`../zh/slug.md`), sorted,
 * each with whether a link may show the article's title: only a wikilink
 * without text does. A superset: a wikilink inside code counts too, which only
 * makes a stamp depend on one article more than it needs to.
 * @example linkedArticles('See [[fed-rates]] and [x](../zh/cbdc.md#risks).') => [{ slug: 'cbdc', showsTitle: false }, { slug: 'fed-rates', showsTitle: true }]
 */
export function linkedArticles(text: string): { slug: string; showsTitle: boolean }[] {
  const slugs = new Map<string, boolean>();
  for (const [, inner] of text.matchAll(WIKILINK)) {
    const parts = parseWikilink(inner!);
    if (parts?.slug) slugs.set(parts.slug, (slugs.get(parts.slug) ?? false) || parts.text === undefined);
  }
  for (const [, path] of pathMatches(text, FILE_LINK, MARKDOWN_EXTENSION)) {
    const file = decoded(path!).split(/[\\/]/).pop();
    if (file) slugs.set(file, slugs.get(file) ?? false);
  }
  return [...slugs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([slug, showsTitle]) => ({ slug, showsTitle }));
}

/**
 * What an article body's rendered HTML takes from other articles: for each
 * slug the text may link to, which languages exist, whether each is published
 * and, where a wikilink without text shows it, its title. Astro's content
 * store renders a body again only when the body's digest changes; the article
 * loader adds this stamp to the digest, so that a body is rendered again when
 * an article it links to is added, removed, retitled or (un)published, or
 * takes or drops the linked slug as an alias (the link then points at it),
 * and no other body is. Empty when the text links to no article.
 * @example linkDependencyStamp('[[a]]', articleSet([{ locale: 'en', slug: 'a', published: true, title: 'A' }])) => '[["a",[["en",true,"A"],null]]]'
 * @example linkDependencyStamp('[[old]]', articleSet([{ locale: 'en', slug: 'b', aliases: ['old'], published: true, title: 'B' }])) => '[["old",[null,null],"b",[["en",true,"B"],null]]]'
 */
export function linkDependencyStamp(text: string, articles: ArticleSet): string {
  const linked = linkedArticles(text);
  if (linked.length === 0) return '';
  const versions = (slug: string, showsTitle: boolean) =>
    LOCALES.map((locale) => {
      const article = articles.get(articleKey(locale, slug));
      if (!article) return null;
      return showsTitle ? [locale, article.published, article.title ?? null] : [locale, article.published];
    });
  return JSON.stringify(
    linked.map(({ slug, showsTitle }) => {
      const renamedTo = renamedSlug(slug, articles);
      return renamedTo === undefined
        ? [slug, versions(slug, showsTitle)]
        : [slug, versions(slug, showsTitle), renamedTo, versions(renamedTo, showsTitle)];
    }),
  );
}

/** The slugs each file links to, worked out once per file read (a reading keeps the objects of the files that did not change). */
const linkedByFile = new WeakMap<object, string[]>();

/**
 * The article files whose text may link to one of `slugs` (linkedArticles): those whose
 * bodies' digests carry a stamp of them (linkDependencyStamp), and only those.
 * @example filesLinkingTo([{ path: 'en/a.md', text: '[[b]]' }, { path: 'en/c.md', text: 'x' }], new Set(['b'])) => ['en/a.md']
 */
export function filesLinkingTo(files: readonly { path: string; text: string }[], slugs: ReadonlySet<string>): string[] {
  if (slugs.size === 0) return [];
  return files.filter((file) => linkedSlugs(file).some((slug) => slugs.has(slug))).map((file) => file.path);
}

/**
 * The slugs a file may link to (linkedArticles), worked out once per file object. `astro dev` asks it of
 * every file when it starts, so that the first retitle does not wait for all of them.
 * @example linkedSlugs({ text: 'See [[b]] and [[a]].' }) => ['a', 'b']
 */
export function linkedSlugs(file: { text: string }): readonly string[] {
  let linked = linkedByFile.get(file);
  if (!linked) linkedByFile.set(file, (linked = linkedArticles(file.text).map((l) => l.slug)));
  return linked;
}

/** For each name asked about lately, which files' texts hold it, by file object. */
const namedIn = new Map<string, WeakMap<object, boolean>>();
/** How many names namedIn keeps (the pages served lately): each holds a flag per file. */
const NAMES_KEPT = 64;

/**
 * The files whose text holds one of `names` anywhere (any link to an article names its slug or
 * an alias of it, so these are the files that may link to it). Each file object is searched for a
 * name once: a reading keeps the objects of the files that did not change (site/currentContent.ts),
 * so after an edit only the saved file is searched again.
 * @example filesNaming([{ path: 'en/a.md', text: 'See [[b]].' }, { path: 'en/c.md', text: 'x' }], ['b']) => [{ path: 'en/a.md', text: 'See [[b]].' }]
 */
export function filesNaming<F extends { text: string }>(files: readonly F[], names: readonly string[]): F[] {
  const flags = names.map((name) => {
    let flag = namedIn.get(name);
    // Most recently asked last: the oldest name goes first when too many are kept.
    if (flag) namedIn.delete(name);
    else flag = new WeakMap();
    namedIn.set(name, flag);
    if (namedIn.size > NAMES_KEPT) namedIn.delete(namedIn.keys().next().value!);
    return { name, flag };
  });
  return files.filter((file) =>
    flags.some(({ name, flag }) => {
      let holds = flag.get(file);
      if (holds === undefined) flag.set(file, (holds = file.text.includes(name)));
      return holds;
    }),
  );
}
