import { articleSet, type ArticleSet } from '../../core/links/resolveArticleLink';
import type { ContentInput, MediaFile, ParsedArticle, SymbolicLink } from '../../core/content/contentFiles';
import type { ContentProblem } from '../../core/content/contentProblem';
import { readGlossary } from '../../core/glossary/glossary';
import { parseSiteSettings } from '../../core/settings/siteSettings';
import { articleImages, mayShowImages, type ArticleImage } from '../../markdown/articleImages';
import { linkedMedia, mayLinkMedia } from '../../markdown/mediaLinks';
import type { BodyCache } from './bodyCache';
import { parseArticle, readBody } from './checks/articleFile';
import { readTopics } from './checks/topicList';

/** A parsed article with the problems found in its own file. */
export interface ModelArticle extends ParsedArticle {
  problems: ContentProblem[];
  /** The images its body shows (none when it does not parse). */
  images: ArticleImage[];
  /** The files of `media/` its body links to (`[report](../../media/x.pdf)`), as paths inside the content folder. */
  mediaLinks: string[];
  /** Its key in the cache of body findings, when there is one and the body was parsed this run. */
  cacheKey?: string;
  /** The problems its body alone has (MDX syntax, heading ids), part of `problems`. */
  bodyProblems: ContentProblem[];
  /**
   * The problems the checks that read bodies found in it, from the cache: its body was not
   * parsed this run (no `tree`), so those checks pass it over.
   */
  cachedChecks?: ContentProblem[];
}

/** What the checks across files look at: every file parsed once, and the indexes they share. */
export interface ContentModel {
  articles: ModelArticle[];
  topicIds: Set<string>;
  /** Problems of the topic list itself. */
  topicProblems: ContentProblem[];
  /** The ids of the glossary's terms (what `<Term id>` may name). */
  glossaryIds: Set<string>;
  /** Problems of the glossary itself. */
  glossaryProblems: ContentProblem[];
  /** Problems of the site's settings (`site.yaml`). */
  siteProblems: ContentProblem[];
  /** Files by `<locale>/<slug>` (two when a.md sits next to a.mdx). */
  byKey: Map<string, ModelArticle[]>;
  /** Files by slug, in any language. */
  bySlug: Map<string, ModelArticle[]>;
  /** The articles that claim each alias. */
  aliasOwners: Map<string, ModelArticle[]>;
  /** Every well-named file, for the link resolver. */
  known: ArticleSet;
  /** The files of `media/`, by their path inside the content folder. */
  media: Map<string, MediaFile>;
  /** The symbolic links inside the content folder. */
  symlinks: readonly SymbolicLink[];
}

function group<T>(items: readonly T[], keysOf: (item: T) => readonly string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) for (const key of keysOf(item)) groups.set(key, [...(groups.get(key) ?? []), item]);
  return groups;
}

/**
 * Parses a content folder's files once for every check. With a cache, a body
 * whose findings it holds is not parsed (see bodyCache.ts).
 * @example contentModel({ articles: [{ path: 'en/a.md', file: 'a.md', text: '---\ntitle: A\n---\n' }] }).byKey.has('en/a') => true
 */
export function contentModel(input: ContentInput, cache?: BodyCache): ContentModel {
  const topics = readTopics(input);
  const glossary = input.glossary ? readGlossary(input.glossary) : { entries: [], problems: [] };
  const articles = input.articles.map((f): ModelArticle => {
    const problems: ContentProblem[] = [];
    const { readsBody, ...parsed } = parseArticle(f, topics.ids, problems);
    if (!readsBody) return { ...parsed, problems, images: [], mediaLinks: [], bodyProblems: [] };
    const cacheKey = cache?.keyOf(parsed.file);
    const cached = cacheKey === undefined ? undefined : cache!.get(cacheKey);
    if (cached) {
      return {
        ...parsed,
        problems: [...problems, ...cached.parse],
        images: cached.images,
        mediaLinks: cached.mediaLinks,
        bodyProblems: cached.parse,
        cachedChecks: cached.checks,
      };
    }
    const body = readBody(parsed);
    const images = body.tree && mayShowImages(parsed.file.text) ? articleImages(body.tree) : [];
    const mediaLinks = body.tree && mayLinkMedia(parsed.file.text) ? linkedMedia(body.tree, parsed.file.path) : [];
    return {
      ...parsed,
      tree: body.tree,
      problems: [...problems, ...body.problems],
      images,
      mediaLinks,
      bodyProblems: body.problems,
      cacheKey,
    };
  });
  const keyed = articles.filter((a) => a.locale && a.slug);
  return {
    articles,
    topicIds: topics.ids,
    topicProblems: topics.problems,
    glossaryIds: new Set(glossary.entries.map((entry) => entry.id)),
    glossaryProblems: glossary.problems,
    siteProblems: input.site ? parseSiteSettings(input.site.text, input.site.file).problems : [],
    byKey: group(keyed, (a) => [`${a.locale}/${a.slug}`]),
    bySlug: group(keyed, (a) => [a.slug!]),
    aliasOwners: group(articles, (a) => [...new Set(a.data?.aliases ?? [])]),
    known: articleSet(
      keyed.map((a) => ({ locale: a.locale!, slug: a.slug!, published: a.file.published, title: a.data?.title, aliases: a.data?.aliases })),
    ),
    media: new Map((input.media ?? []).map((m) => [m.path, m])),
    symlinks: input.symlinks ?? [],
  };
}

/**
 * The slug an old slug now redirects to, if an article claims it as an alias.
 * @example aliasTarget(model, 'old-name') => 'new-name'
 */
export function aliasTarget(model: ContentModel, slug: string): string | undefined {
  return model.aliasOwners.get(slug)?.[0]?.slug;
}

/** @example hasPublishedVersion(model, 'a') => true when en/a or zh/a is not a draft */
export function hasPublishedVersion(model: ContentModel, slug: string): boolean {
  return (model.bySlug.get(slug) ?? []).some((a) => a.published);
}
