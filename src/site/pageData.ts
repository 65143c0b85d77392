/**
 * What each generated page shows, worked out in its getStaticPaths: every
 * page's props, and its cache key for Astro's incremental build
 * (core/build/cacheKey.ts). A page renders its props and nothing else it could read
 * from the content store, so that the key, a hash of the props, changes
 * exactly when the page would. What a page shows of other articles is plain
 * values (title, date, summary), so that an edit to one article's body renders
 * again its own pages and the pages that show something of it, not every page
 * that lists it. Each path works its props out when they are first read
 * (keyedPath): a build reads them all, `astro dev` only the page it serves.
 */
import { topicIds, type ArticleIndex, type ArticleView } from '../core/articles/articleIndex';
import { isPublished } from '../core/articles/published';
import { cacheKey } from '../core/build/cacheKey';
import { glossaryGroups, termRefs, type LetterGroup, type TermRef } from '../core/glossary/glossaryView';
import { BACKLINKS_MAX } from '../core/links/linkGraph';
import { isLocale, LOCALES, type Locale } from '../core/language/locales';
import { pageParam } from '../core/links/pageParam';
import { PAGE_SIZE, paginate } from '../core/links/pagination';
import { viewsByTopic } from '../core/articles/topicViews';
import { articleCardKey } from '../core/articles/mdxComponents';
import { aliasTargets } from '../core/links/resolveArticleLink';
import { articleUrl } from '../core/links/urls';
import { translationStateOf } from '../core/translations/translationStatus';
import { searchFacets } from '../search/searchFacets';
import { GLOSSARY_KIND } from '../search/searchFields';
import { sourceChoices, sourceNamesOfGroups, type SourceName } from '../search/sourceNames';
import { contentImageImportId } from '../core/articles/articlePicture';
import { getArticleGraph } from './articleGraph';
import { articlePicture } from './articlePicture';
import { articleText } from './articleText';
import { entryComponentUses } from './entryComponents';
import { getArticleIndex, getTopics, reuseAcrossEdits, topicName, type ArticleEntry, type TopicEntry } from './content';
import { getGlossary } from './glossary';
import { contentDir } from './contentDir';
import { gitDates } from './gitDates';
import type { PagePicture } from './previewImage';
import { siteSettings } from './siteSettings';
import { editLink } from '../core/settings/siteSettings';

/** Another article as a page links to it. */
export interface ArticleRef {
  slug: string;
  /** The language of the version shown (the original's, on a fallback). */
  lang: Locale;
  title: string;
  /** The reader's language has no version of it: the link leads to the original. */
  isFallback: boolean;
}

/** An article in a list (home, archive, topic pages). */
export interface ListedArticle extends ArticleRef {
  kind: ArticleEntry['data']['kind'];
  date: Date;
  /** The one-line summary, on lists that show one (never for a brief). */
  summary?: string;
}

/** A topic as a page names it, in the page's language. */
export interface TopicRef {
  id: string;
  name: string;
  description: string;
  /** The number of articles on it, where the page shows it. */
  count?: number;
}

/** Another article as an `<ArticleCard>` shows it. */
export interface ArticleCardRef extends ListedArticle {
  /** What the card was written as (core/articles/mdxComponents.ts articleCardKey). */
  key: string;
  /** Where it leads: the version the card resolved to, like a wikilink. */
  href: string;
}

/** What an MDX body's components show of the rest of the site (given to them as Astro.locals.mdx). */
export interface MdxData {
  /** The language of the body: the components' labels follow it. */
  locale: Locale;
  cards: ArticleCardRef[];
  /** The glossary terms its `<Term>`s name, with the counterparts they offer. */
  terms: TermRef[];
}

export interface ArticlePageProps {
  /** The article shown, and how (its own entry is rendered: the key counts it by its digest). */
  view: ArticleView<ArticleEntry>;
  topics: TopicRef[];
  /** On a translation whose original is published: the original's language, and whether it changed since. */
  original?: { locale: Locale; outdated: boolean };
  /** Articles linking to this one (both languages), at most BACKLINKS_MAX, and how many more there are. */
  backlinks: ArticleRef[];
  moreBacklinks: number;
  related: ArticleRef[];
  /** What the body's MDX components show (none for Markdown). */
  mdx: MdxData;
  /** The search filter's value for the article's source, shared by the source's names in every language. */
  sourceId?: string;
  /** Where its file can be edited ("edit this page"), when the site has an `editUrl`. */
  edit?: string;
  /** Its last-updated date, from where `lastUpdated` in site.yaml says (git or frontmatter), if any. */
  updated?: Date;
  /**
   * Its picture for link previews (its cover, else its first figure: site/articlePicture.ts), when it has one.
   * The entry's digest covers the file (site/articleLoader.ts), so a replaced picture changes the page's key.
   */
  picture?: PagePicture;
}

/**
 * How an article's last-updated date is found: git's history of the articles folder, read once
 * per build; the frontmatter's `updated`; or none. A file git has no commit for keeps its `updated`.
 */
function lastUpdatedDates(): (entry: ArticleEntry) => Date | undefined {
  const mode = siteSettings().lastUpdated;
  if (mode === 'off') return () => undefined;
  if (mode === 'frontmatter') return (entry) => entry.data.updated;
  const git = gitDates(`${contentDir()}/articles`);
  if (git.shallow) {
    console.warn(
      "site.yaml lastUpdated: git, but this is a shallow clone: files last changed before its oldest commit show that commit's date → clone the whole history (e.g. actions/checkout with fetch-depth: 0)",
    );
  }
  return (entry) => (entry.filePath && git.dateOf(entry.filePath)) || entry.data.updated;
}

export interface ListPageProps {
  page: number;
  total: number;
  items: ListedArticle[];
  /** The number of articles in the whole list. */
  count: number;
}

export interface HomePageProps {
  latest: ListedArticle[];
  count: number;
  topics: TopicRef[];
}

export interface TopicPageProps extends ListPageProps {
  topic: TopicRef;
}

export interface SearchPageProps {
  topics: TopicRef[];
  years: string[];
  /** Each source once, named in the page's language. */
  sources: { value: string; label: string }[];
  kinds: string[];
}

export interface GlossaryPageProps {
  /** Every term in the reader's language's dictionary order, under the letters of an A–Z index. */
  groups: LetterGroup[];
  count: number;
}

/** A static path with its props and its cache key. */
export interface KeyedPath<Params, Props> {
  params: Params;
  props: Props;
  cacheKey: string;
}

/**
 * A path whose props and key are worked out when first read. A build reads
 * every page's key, and so every page's props; `astro dev` calls
 * getStaticPaths again after every edit but reads the props of the one page
 * it serves, so an edit does not recompute every page of the route.
 */
function keyedPath<Params, Props>(params: Params, makeProps: () => Props): KeyedPath<Params, Props> {
  let props: Props | undefined;
  let key: string | undefined;
  return {
    params,
    get props() {
      return (props ??= makeProps());
    },
    get cacheKey() {
      return (key ??= cacheKey(this.props));
    },
  };
}

function articleRef(view: ArticleView<ArticleEntry>): ArticleRef {
  return { slug: view.slug, lang: view.article.locale, title: view.article.entry.data.title, isFallback: view.isFallback };
}

function listedArticle(view: ArticleView<ArticleEntry>, withSummary: boolean): ListedArticle {
  const { data } = view.article.entry;
  const summary = withSummary && data.kind !== 'brief' ? articleText(view.article.entry).summary : undefined;
  return { ...articleRef(view), kind: data.kind, date: data.date, summary };
}

function topicRef(topic: TopicEntry, locale: Locale, count?: number): TopicRef {
  return { id: topic.id, name: topicName(topic, locale), description: topic.data.description[locale], count };
}

const aliasMaps = new WeakMap<ArticleIndex<ArticleEntry>, Map<string, string>>();

/** Where each old slug of the index's articles (their `aliases`) points now. */
function renamedSlugs(index: ArticleIndex<ArticleEntry>): Map<string, string> {
  let map = aliasMaps.get(index);
  if (!map) {
    const articles = [...index.bySlug].flatMap(([slug, group]) =>
      Object.values(group).map((a) => ({ slug, aliases: a.entry.data.aliases, published: true })),
    );
    aliasMaps.set(index, (map = aliasTargets(articles)));
  }
  return map;
}

/**
 * The cards an MDX body shows, resolved as its wikilinks are, from the
 * body's language: `<ArticleCard slug="x">` as `[[x]]` (the same language,
 * else the original; an old slug as the article that lists it in `aliases`),
 * `lang="zh"` as `[[zh:x]]`. The validator has already failed the build on a
 * card that resolves to nothing.
 */
function articleCards(index: ArticleIndex<ArticleEntry>, entry: ArticleEntry, from: Locale): ArticleCardRef[] {
  const cards = new Map<string, ArticleCardRef>();
  for (const use of entryComponentUses(entry)) {
    if (use.name !== 'ArticleCard') continue;
    const written = String((use.props.slug as { value?: unknown } | undefined)?.value ?? '');
    const slug = index.bySlug.has(written) ? written : (renamedSlugs(index).get(written) ?? written);
    const lang = (use.props.lang as { value?: Locale } | undefined)?.value;
    const key = articleCardKey(written, lang);
    if (cards.has(key)) continue;
    const article = lang ? index.bySlug.get(slug)?.[lang] : index.view(from, slug)?.article;
    if (!article || !isPublished(article.entry.data)) continue;
    const view = { locale: from, slug, article, isFallback: article.locale !== from, available: [] } as ArticleView<ArticleEntry>;
    cards.set(key, { ...listedArticle(view, true), key, href: articleUrl(article.locale, slug) });
  }
  return [...cards.values()];
}

/** Every source name of the published articles, with the names it has in the other language (search/sourceNames.ts). */
function articleSources(index: ArticleIndex<ArticleEntry>): Map<string, SourceName> {
  return sourceNamesOfGroups(index.bySlug.values(), reuseAcrossEdits);
}

/** The glossary ids an MDX body's `<Term>`s name. */
function termIds(entry: ArticleEntry): string[] {
  return entryComponentUses(entry).flatMap((use) => {
    const id = use.name === 'Term' ? (use.props.id as { value?: unknown } | undefined)?.value : undefined;
    return typeof id === 'string' ? [id] : [];
  });
}

/** The articles of `locale`'s listing on each topic. */
function topicCounts(views: readonly ArticleView<ArticleEntry>[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const view of views) {
    for (const id of topicIds(view.article.entry)) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

/** An article's picture as its page takes it: the key of its file among the images Astro imports for articles. */
function pagePicture(entry: ArticleEntry): PagePicture | undefined {
  const picture = articlePicture(entry);
  return picture && entry.filePath
    ? { id: contentImageImportId(picture.src, entry.filePath), path: picture.path, alt: picture.alt }
    : undefined;
}

/**
 * What an article page shows, for each language and slug the index has: the one way to an article
 * page's props, which articlePaths hands to every path of a build and articlePageProps to the one
 * page `astro dev` serves. Made once per evaluation of this module (in dev, once per content change).
 */
let articlePages: Promise<{ index: ArticleIndex<ArticleEntry>; propsOf: (lang: Locale, slug: string) => ArticlePageProps }> | undefined;
const getArticlePages = () => (articlePages ??= makeArticlePages());

async function makeArticlePages() {
  const [index, graph, allTopics] = await Promise.all([getArticleIndex(), getArticleGraph(), getTopics()]);
  const glossary = getGlossary();
  const { editUrl } = siteSettings();
  const updatedOf = lastUpdatedDates();
  const articleSourceNames = articleSources(index);
  const propsOf = (lang: Locale, slug: string): ArticlePageProps => {
    const view = index.view(lang, slug)!;
    const { entry } = view.article;
    const ids = new Set(topicIds(entry));
    const record = entry.data.translation;
    const original = !view.isFallback && record ? index.bySlug.get(slug)?.[record.from] : undefined;
    const refs = (slugs: readonly string[]) =>
      slugs.flatMap((s) => {
        const other = index.view(lang, s);
        return other ? [articleRef(other)] : [];
      });
    const sources = graph.backlinks(slug);
    const backlinks = refs(sources.slice(0, BACKLINKS_MAX));
    return {
      view,
      topics: allTopics.filter((topic) => ids.has(topic.id)).map((topic) => topicRef(topic, lang)),
      original: original && {
        locale: original.locale,
        outdated: translationStateOf(articleText(original.entry).hash, record) === 'outdated',
      },
      backlinks,
      moreBacklinks: sources.length - backlinks.length,
      related: refs(graph.related(slug)),
      mdx: {
        locale: view.article.locale,
        cards: articleCards(index, entry, view.article.locale),
        terms: termRefs(termIds(entry), glossary, view.article.locale, lang),
      },
      edit: entry.filePath ? editLink(editUrl, entry.filePath) : undefined,
      updated: updatedOf(entry),
      picture: pagePicture(entry),
      sourceId: entry.data.source && articleSourceNames.get(entry.data.source.name)?.id,
    };
  };
  return { index, propsOf };
}

/** `/<lang>/articles/<slug>/`: every article in every language (the original where no translation exists). */
export async function articlePaths(): Promise<KeyedPath<{ lang: Locale; slug: string }, ArticlePageProps>[]> {
  const { index, propsOf } = await getArticlePages();
  return LOCALES.flatMap((lang) => index.slugs.map((slug) => keyedPath({ lang, slug }, () => propsOf(lang, slug))));
}

/**
 * The props of the article page at `params`, as articlePaths gives them, or undefined when no article
 * has the slug (or the language is not the site's). For `astro dev`, which renders the article route on
 * request (integrations/devContent.ts) instead of listing every article's path after each edit.
 */
export async function articlePageProps(params: Record<string, string | undefined>): Promise<ArticlePageProps | undefined> {
  const { lang, slug } = params;
  if (!slug || !isLocale(lang)) return undefined;
  const { index, propsOf } = await getArticlePages();
  return index.bySlug.has(slug) ? propsOf(lang, slug) : undefined;
}

/** `/<lang>/`: the newest articles and every topic. */
export async function homePaths(): Promise<KeyedPath<{ lang: Locale }, HomePageProps>[]> {
  const [index, topics] = await Promise.all([getArticleIndex(), getTopics()]);
  return LOCALES.map((lang) => {
    const listing = index.listing(lang);
    return keyedPath({ lang }, () => ({
      latest: listing.slice(0, PAGE_SIZE.homeLatest).map((view) => listedArticle(view, true)),
      count: listing.length,
      topics: topics.map((topic) => topicRef(topic, lang)),
    }));
  });
}

/** `/<lang>/archive/[n/]`: every article, newest first, in pages. */
export async function archivePaths(): Promise<KeyedPath<{ lang: Locale; page: string | undefined }, ListPageProps>[]> {
  const index = await getArticleIndex();
  return LOCALES.flatMap((lang) => {
    const listing = index.listing(lang);
    return paginate(listing, PAGE_SIZE.archive).map((p) =>
      keyedPath({ lang, page: pageParam(p.page) }, () => ({
        page: p.page,
        total: p.total,
        items: p.items.map((view) => listedArticle(view, false)),
        count: listing.length,
      })),
    );
  });
}

/** `/<lang>/topics/`: every topic with its description and article count. */
export async function topicIndexPaths(): Promise<KeyedPath<{ lang: Locale }, { topics: TopicRef[] }>[]> {
  const [index, topics] = await Promise.all([getArticleIndex(), getTopics()]);
  return LOCALES.map((lang) => {
    const counts = topicCounts(index.listing(lang));
    return keyedPath({ lang }, () => ({ topics: topics.map((topic) => topicRef(topic, lang, counts.get(topic.id) ?? 0)) }));
  });
}

/** `/<lang>/topics/<topic>/[n/]`: a topic's articles, the reader's language first, in pages. */
export async function topicPaths(): Promise<KeyedPath<{ lang: Locale; topic: string; page: string | undefined }, TopicPageProps>[]> {
  const [index, topics] = await Promise.all([getArticleIndex(), getTopics()]);
  return LOCALES.flatMap((lang) => {
    const byTopic = viewsByTopic(index.listing(lang));
    return topics.flatMap((topic) => {
      const views = byTopic.get(topic.id) ?? [];
      return paginate(views, PAGE_SIZE.topic).map((p) =>
        keyedPath({ lang, topic: topic.id, page: pageParam(p.page) }, () => ({
          page: p.page,
          total: p.total,
          items: p.items.map((view) => listedArticle(view, true)),
          count: views.length,
          topic: topicRef(topic, lang),
        })),
      );
    });
  });
}

/** `/<lang>/search/`: the choices of its filters, from every published article in every language. */
export async function searchPaths(): Promise<KeyedPath<{ lang: Locale }, SearchPageProps>[]> {
  const [index, topics] = await Promise.all([getArticleIndex(), getTopics()]);
  const facets = searchFacets([...index.bySlug.values()].flatMap((group) => Object.values(group).map((a) => a!.entry.data)));
  // The glossary pages are indexed too, as a kind of their own.
  const kinds = getGlossary().length ? [...facets.kinds, GLOSSARY_KIND] : facets.kinds;
  const sources = articleSources(index);
  return LOCALES.map((lang) =>
    keyedPath({ lang }, () => ({
      topics: topics.map((topic) => topicRef(topic, lang)),
      ...facets,
      sources: sourceChoices(sources, lang),
      kinds,
    })),
  );
}

/** `/<lang>/glossary/`: every glossary term with its counterparts, definition and note. */
export function glossaryPaths(): KeyedPath<{ lang: Locale }, GlossaryPageProps>[] {
  const entries = getGlossary();
  return LOCALES.map((lang) => keyedPath({ lang }, () => ({ groups: glossaryGroups(entries, lang), count: entries.length })));
}
