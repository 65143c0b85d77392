/**
 * Resolves links from one article to another: wikilinks (`[[slug]]`,
 * `[[slug|text]]`, `[[slug#heading-id]]`, `[[zh:slug]]`) and relative Markdown
 * links to an article file (`./bar.md`, `../zh/foo.md#part`).
 *
 * Pure: a function of (link text, the linking file's locale and slug, the set
 * of existing articles). Used by the remark plugin (src/markdown/), the link
 * graph, and the build-time link validator of issue 6, which should call
 * `resolveWikilink` / `resolveMarkdownLink` and report `draft` targets itself.
 */
import { posix } from 'node:path';
import { isLocale, LOCALES, type Locale } from '../language/locales';
import { parseArticlePath, isValidSlug } from './slugs';
import { articleUrl } from './urls';

/** An article file that exists in the content folder, published or not. */
export interface KnownArticle {
  locale: Locale;
  slug: string;
  /** Drafts (`published: false`) exist on disk but have no page: a link to one is an error for the validator. */
  published: boolean;
  title?: string;
  /** The article's old slugs (frontmatter `aliases`): a link to one resolves to this article. */
  aliases?: readonly string[];
}

/** Every article file, keyed `<locale>/<slug>`. */
export type ArticleSet = ReadonlyMap<string, KnownArticle>;

/** Where a link is written. */
export interface LinkSource {
  locale: Locale;
  slug: string;
}

export interface ResolvedLink {
  locale: Locale;
  slug: string;
  fragment?: string;
  /** The link text the author wrote, if any. */
  text?: string;
  /** The URL to write into the page. */
  href: string;
  /** The target is in another language than the linking article: show a language marker. */
  crossLanguage: boolean;
  /** The author asked for the same language but only another language exists. */
  isFallback: boolean;
  /** False when the target is a draft, which has no page. */
  published: boolean;
  title?: string;
  /** The slug as written when it is an alias of the target (the article was renamed from it). */
  renamedFrom?: string;
}

export type LinkResolution = { ok: true; target: ResolvedLink } | { ok: false; error: string };

/** @example articleKey('zh', 'foo') => 'zh/foo' */
export function articleKey(locale: Locale, slug: string): string {
  return `${locale}/${slug}`;
}

/** @example articleSet([{ locale: 'en', slug: 'a', published: true }]).has('en/a') => true */
export function articleSet(articles: Iterable<KnownArticle>): ArticleSet {
  return new Map([...articles].map((a) => [articleKey(a.locale, a.slug), a]));
}

const sets = new WeakMap<readonly KnownArticle[], ArticleSet>();

/**
 * The set of an article list, made once per list: the renderer asks for it on
 * every document, and the list changes only when `astro dev` reads a changed file.
 * @example articleSetOf(list) === articleSetOf(list) => true
 */
export function articleSetOf(articles: readonly KnownArticle[]): ArticleSet {
  let set = sets.get(articles);
  if (!set) sets.set(articles, (set = articleSet(articles)));
  return set;
}

/**
 * Where each old slug now points: the articles' `aliases`, a slug that is live
 * in some language left out (a live slug wins, as with the redirects of
 * core/links/aliasRedirects.ts), a published article's claim before a draft's,
 * else the first claim (the validator reports two claims).
 * @example aliasTargets([{ slug: 'new', aliases: ['old'], published: true }]).get('old') => 'new'
 */
export function aliasTargets(articles: Iterable<{ slug: string; aliases?: readonly string[]; published: boolean }>): Map<string, string> {
  const list = [...articles];
  const live = new Set(list.map((a) => a.slug));
  const targets = new Map<string, string>();
  for (const published of [true, false]) {
    for (const a of list) {
      if (a.published !== published) continue;
      for (const alias of a.aliases ?? []) if (!live.has(alias) && !targets.has(alias)) targets.set(alias, a.slug);
    }
  }
  return targets;
}

const aliasMaps = new WeakMap<ArticleSet, Map<string, string>>();

/**
 * The slug an old slug was renamed to, when no article has it as its slug in any language.
 * @example renamedSlug('old', articleSet([{ locale: 'en', slug: 'new', aliases: ['old'], published: true }])) => 'new'
 */
export function renamedSlug(slug: string, articles: ArticleSet): string | undefined {
  let map = aliasMaps.get(articles);
  if (!map) aliasMaps.set(articles, (map = aliasTargets(articles.values())));
  return map.get(slug);
}

function found(
  article: KnownArticle,
  from: LinkSource,
  fragment: string | undefined,
  text: string | undefined,
  isFallback: boolean,
  renamedFrom: string | undefined,
): LinkResolution {
  return {
    ok: true,
    target: {
      locale: article.locale,
      slug: article.slug,
      fragment,
      text,
      href: articleUrl(article.locale, article.slug, fragment),
      crossLanguage: article.locale !== from.locale,
      isFallback,
      published: article.published,
      title: article.title,
      ...(renamedFrom === undefined ? {} : { renamedFrom }),
    },
  };
}

/**
 * Finds `slug` in `locale`, or (when `fallback`) in another language. The
 * reader's own language wins, then the list order of LOCALES. A slug that no
 * language has but an article lists in `aliases` is looked up as that article's.
 */
function lookup(
  slug: string,
  locale: Locale,
  fallback: boolean,
  from: LinkSource,
  fragment: string | undefined,
  text: string | undefined,
  articles: ArticleSet,
  written: string,
): LinkResolution {
  if (!isValidSlug(slug)) return { ok: false, error: `"${written}": "${slug}" is not a valid article slug` };
  if (fragment !== undefined && !/^[^\s#]+$/u.test(fragment)) {
    return { ok: false, error: `"${written}": "#${fragment}" is not a heading id` };
  }
  const renamedTo = renamedSlug(slug, articles);
  const renamedFrom = renamedTo === undefined ? undefined : slug;
  const current = renamedTo ?? slug;
  const own = articles.get(articleKey(locale, current));
  if (own) return found(own, from, fragment, text, false, renamedFrom);
  if (fallback) {
    for (const other of LOCALES) {
      const article = articles.get(articleKey(other, current));
      if (article) return found(article, from, fragment, text, true, renamedFrom);
    }
    return { ok: false, error: `"${written}": no article "${slug}" exists in any language` };
  }
  return { ok: false, error: `"${written}": no ${locale} version of "${current}" exists` };
}

const WIKILINK_INNER = /^(?:([a-z]{2,3}):)?([^#|]*)(?:#([^|]*))?(?:\|(.*))?$/su;

/** The parts of a wikilink as written, before any lookup. */
export interface WikilinkParts {
  lang?: string;
  slug: string;
  fragment?: string;
  text?: string;
}

/**
 * Splits the inside of a wikilink into its parts.
 * @example parseWikilink('zh:fed-rates#risks|the Fed') => { lang: 'zh', slug: 'fed-rates', fragment: 'risks', text: 'the Fed' }
 */
export function parseWikilink(inner: string): WikilinkParts | undefined {
  const match = WIKILINK_INNER.exec(inner.trim());
  if (!match) return undefined;
  const [, lang, slug = '', fragment, text] = match;
  return { lang, slug: slug.trim(), fragment: fragment?.trim() || undefined, text: text?.trim() || undefined };
}

/** `[[…]]` with no brackets or line breaks inside, as it appears in Markdown text. */
export const WIKILINK = /\[\[([^[\]\n]+)\]\]/g;

/**
 * Resolves the inside of a wikilink written in the article `from`.
 * `[[slug]]` prefers the same language and falls back to another;
 * `[[zh:slug]]` asks for one language and fails when it does not exist.
 * @example resolveWikilink('fed-rates|the Fed', { locale: 'en', slug: 'a' }, set) => { ok: true, target: { href: '/en/articles/fed-rates/', text: 'the Fed', … } }
 * @example resolveWikilink('nope', { locale: 'en', slug: 'a' }, set) => { ok: false, error: '"[[nope]]": no article "nope" exists in any language' }
 */
export function resolveWikilink(inner: string, from: LinkSource, articles: ArticleSet): LinkResolution {
  const written = `[[${inner}]]`;
  const parts = parseWikilink(inner);
  if (!parts) return { ok: false, error: `"${written}" is not a wikilink` };
  const { lang, slug, fragment, text } = parts;
  if (lang !== undefined && !isLocale(lang)) {
    return { ok: false, error: `"${written}": "${lang}" is not a site language (${LOCALES.join(', ')})` };
  }
  if (lang) return lookup(slug, lang, false, from, fragment, text, articles, written);
  return lookup(slug, from.locale, true, from, fragment, text, articles, written);
}

/**
 * Resolves a relative Markdown link to another article's file, e.g.
 * `../zh/foo.md` or `./bar.md#part`, written in the article `from` (which
 * sits at `<locale>/<slug>.md`). A link to the same folder falls back to
 * another language like `[[slug]]`; a link into another language folder is
 * explicit like `[[zh:slug]]`. Returns undefined for links that are not to a
 * `.md`/`.mdx` file by a relative path (web addresses, images, site paths).
 * @example resolveMarkdownLink('../zh/foo.md', { locale: 'en', slug: 'a' }, set) => { ok: true, target: { href: '/zh/articles/foo/', … } }
 * @example resolveMarkdownLink('https://example.org/a.md', from, set) => undefined
 */
export function resolveMarkdownLink(url: string, from: LinkSource, articles: ArticleSet): LinkResolution | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('/') || url.startsWith('#')) return undefined;
  const hashAt = url.indexOf('#');
  const path = hashAt === -1 ? url : url.slice(0, hashAt);
  if (!/\.mdx?$/i.test(path)) return undefined;
  let fragment: string | undefined;
  let decoded: string;
  try {
    fragment = hashAt === -1 ? undefined : decodeURIComponent(url.slice(hashAt + 1)) || undefined;
    decoded = decodeURIComponent(path);
  } catch {
    return { ok: false, error: `"${url}" is not a valid link` };
  }
  const resolved = posix.normalize(posix.join(from.locale, decoded));
  const key = parseArticlePath(resolved);
  if ('error' in key) return { ok: false, error: `"${url}" does not point to an article file: ${key.error}` };
  return lookup(key.slug, key.locale, key.locale === from.locale, from, fragment, undefined, articles, url);
}
