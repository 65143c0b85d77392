import type { DateSource } from '../core/dates/dateSource';
import type { Locale } from '../core/language/locales';
import { resolveDate, type DateEvidence, type IsoDay } from './articleDate';
import { chinesePunctuation } from './chinesePunctuation';
import { isPersonName } from './headline';
import type { JunkKind } from './junk';
import type { KnownSite } from './knownSites';
import { renderMarkdown } from './renderMarkdown';
import { headlineKey } from './sameText';
import { datelineDate } from './dateline';
import { isGraphicCredit, lostEmbedSentences } from './lostEmbeds';
import { chineseSlug, englishSlug } from './slug';
import { promotionPublisher, resolveSitePath, tipJarPublisher } from './sourceSite';
import type { DumpLine, RawArticle } from './splitArticles';
import { interviewSpeakers, toBlocks } from './structure';

/** The frontmatter the importer writes, in the order it writes it. */
export interface ImportedFrontmatter {
  title: string;
  date: IsoDay;
  dateFrom: DateSource;
  authors?: string[];
  source?: { name: string; url?: string; title?: string };
  topics: string[];
  kind: 'article' | 'brief';
}

export interface ImportedArticle {
  locale: Locale;
  /** The slug the importer would give it (before making it unique in the dump). */
  slug: string;
  frontmatter: ImportedFrontmatter;
  body: string;
  removed: Partial<Record<JunkKind, number>>;
  /** Where the date came from; undefined date when there was no evidence and no collection day. */
  dateEvidence?: DateEvidence;
  /** Sentences that refer to an embedded tweet, video or picture the dump lost, with their dump line. */
  lostEmbeds: { line: number; sentence: string }[];
  /** Credits of charts or graphics the original showed and the dump lost (the credit itself is dropped as junk), with their dump line. */
  lostGraphics: { line: number; credit: string }[];
  line: number;
}

export interface ImportOptions {
  /** The day the dump was collected (`--date`): the date of an article with no evidence of its own. */
  collectedOn?: IsoDay;
  sites: readonly KnownSite[];
  /**
   * English titles of Chinese originals that already have an English
   * translation, by the `headlineKey` of the original's title
   * (englishTitles.ts): such an article's slug comes from its English title.
   */
  englishTitles?: ReadonlyMap<string, string>;
}

interface Found {
  sourceName?: string;
  url?: string;
  originalTitle?: string;
  authors: string[];
  outlet?: string;
  sitePaths: string[];
  slugLine?: string;
  selfNames: string[];
  published: string[];
}

function collectAttribution(line: DumpLine, found: Found): void {
  const a = line.attribution!;
  if (a.kind === 'byline') {
    found.authors.push(...(a.authors ?? []));
    found.outlet ??= a.sourceName;
    return;
  }
  if (a.sourceName) found.sourceName ??= a.sourceName;
  if (a.url) found.url ??= a.url;
  if (a.originalTitle) found.originalTitle ??= a.originalTitle;
  if (a.sitePath) found.sitePaths.push(a.sitePath);
  if (a.slug) found.slugLine ??= a.slug;
  if (a.published) found.published.push(a.published);
}

function hostName(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

/**
 * Turns one article's lines into frontmatter and a Markdown body: attribution
 * moves to frontmatter, junk is dropped and counted by kind, the rest keeps
 * its structure. An article left with no text is a brief.
 * @example importArticle(splitArticles(toParagraphs('Headline Here\n\nChecking your browser before accessing the site.')).articles[0], { sites: [] }).frontmatter.kind => 'brief'
 */
export function importArticle(raw: RawArticle, options: ImportOptions): ImportedArticle {
  const { locale } = raw;
  const tidy = (text: string) => (locale === 'zh' ? chinesePunctuation(text) : text);
  const titleKey = headlineKey(raw.title.text);
  const articleText = [raw.title.text, ...raw.lines.map((l) => l.text)].join('\n');
  const speakers = new Set(interviewSpeakers(raw.lines.map((l) => l.text)));
  const removed: Partial<Record<JunkKind, number>> = {};
  const drop = (kind: JunkKind) => (removed[kind] = (removed[kind] ?? 0) + 1);
  const found: Found = { authors: [], sitePaths: [], selfNames: [], published: [] };
  const kept: DumpLine[] = [];
  const lostGraphics: ImportedArticle['lostGraphics'] = [];

  raw.lines.forEach((line, i) => {
    const previous = raw.lines[i - 1];
    if (line.attribution) {
      collectAttribution(line, found);
      if (line.junk) drop(line.junk);
      return;
    }
    if (headlineKey(line.text) === titleKey) return drop('repeated-headline');
    if (line.authorName) return void found.authors.push(line.text);
    if (line.junk) {
      if (line.junk === 'tip-jar') {
        const name = tipJarPublisher(line.text, articleText);
        if (name) found.selfNames.push(name);
      }
      if (line.junk === 'promotion') {
        const name = promotionPublisher(line.text);
        if (name) found.selfNames.push(name);
      }
      if (line.junk === 'image-credit' && isGraphicCredit(line.text)) lostGraphics.push({ line: line.line, credit: line.text.trim() });
      return drop(line.junk);
    }
    const afterPicture = previous?.junk === 'stray-number' || previous?.junk === 'image-credit';
    if (isPersonName(line.text) && (afterPicture || speakers.has(line.text))) return drop('caption-name');
    kept.push(line);
  });

  const site = found.sitePaths.map((path) => resolveSitePath(path, articleText, options.sites)).find(Boolean);
  const url = found.url ?? site?.url;
  const sourceName = found.sourceName ?? found.outlet ?? site?.name ?? found.selfNames[0] ?? (url ? hostName(url) : undefined);
  const title = tidy(raw.title.text);
  const originalTitle = found.originalTitle ? tidy(found.originalTitle) : undefined;

  const blocks = toBlocks(
    kept.map((l) => ({ text: tidy(l.text), spacerAround: l.spacerAround })),
    locale,
  ).map((b) => (b.type === 'turn' ? { ...b, speaker: tidy(b.speaker) } : b));

  // Only a "published" line or the dateline that opens the text states the article's own date.
  const opening = kept[0] ? datelineDate(kept[0].text) : undefined;
  const dateEvidence = resolveDate({
    stated: [...found.published, ...(opening ? [opening] : [])],
    urls: [...(url ? [url] : []), ...found.sitePaths],
    ...(options.collectedOn ? { collected: options.collectedOn } : {}),
  });
  const englishTitle = locale === 'zh' ? options.englishTitles?.get(headlineKey(title)) : undefined;
  const slug =
    (englishTitle
      ? englishSlug(englishTitle)
      : locale === 'en' && found.slugLine
        ? englishSlug(found.slugLine)
        : locale === 'zh'
          ? chineseSlug(title)
          : englishSlug(title)) || 'article';

  const frontmatter: ImportedFrontmatter = {
    title,
    date: dateEvidence?.date ?? '',
    dateFrom: dateEvidence?.from ?? 'collected',
    ...(found.authors.length > 0 ? { authors: [...new Set(found.authors)] } : {}),
    ...(sourceName
      ? {
          source: {
            name: sourceName,
            ...(url ? { url } : {}),
            ...(originalTitle && headlineKey(originalTitle) !== headlineKey(title) ? { title: originalTitle } : {}),
          },
        }
      : {}),
    topics: [],
    kind: kept.length === 0 ? 'brief' : 'article',
  };
  return {
    locale,
    slug,
    frontmatter,
    body: renderMarkdown(blocks, locale),
    removed,
    ...(dateEvidence ? { dateEvidence } : {}),
    lostEmbeds: kept.flatMap((l) => lostEmbedSentences(l.text).map((sentence) => ({ line: l.line, sentence }))),
    lostGraphics,
    line: raw.title.line,
  };
}
