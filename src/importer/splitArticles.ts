import type { Locale } from '../core/language/locales';
import { readAttribution, type AttributionLine } from './attribution';
import { isAuthorBox } from './authorBox';
import { isHeadlineLike } from './headline';
import { endsArticle, junkKind, type JunkKind } from './junk';
import { detectLanguage } from './language';
import type { Paragraph } from './paragraphs';
import { headlineKey } from './sameText';

/** A paragraph with what the importer could tell about it on its own. */
export interface DumpLine extends Paragraph {
  locale?: Locale;
  junk?: JunkKind;
  attribution?: AttributionLine;
  /** The name line of an author box (the bio after it is junk 'author-bio'). */
  authorName?: boolean;
}

export interface RawArticle {
  title: DumpLine;
  locale: Locale;
  /** Everything after the headline up to the next article. */
  lines: DumpLine[];
}

export interface SplitDump {
  articles: RawArticle[];
  /** Lines before the first headline. */
  preamble: DumpLine[];
}

/** Attribution that sits right under a headline in these dumps. */
const HEADER_ATTRIBUTION = new Set<AttributionLine['kind']>(['source', 'original-title', 'byline', 'site-path', 'slug-line', 'published']);

function isTrailer(line: DumpLine | undefined): boolean {
  if (!line) return false;
  if (line.attribution?.kind === 'original-notice') return true;
  return line.junk !== undefined && endsArticle(line.text, line.junk);
}

/**
 * Classifies each paragraph on its own, then marks author boxes (a name and the bio after it).
 * @example annotate(toParagraphs('Also read: More news')) => [{ text: 'Also read: More news', junk: 'also-read', locale: 'en', … }]
 */
export function annotate(paragraphs: readonly Paragraph[]): DumpLine[] {
  const lines: DumpLine[] = paragraphs.map((p) => {
    const junk = junkKind(p.text);
    const attribution = junk === undefined || junk === 'reprint-notice' ? readAttribution(p.text) : undefined;
    return { ...p, locale: detectLanguage(p.text), ...(junk ? { junk } : {}), ...(attribution ? { attribution } : {}) };
  });
  lines.forEach((line, i) => {
    const next = lines[i + 1];
    if (line.junk || line.attribution || !next || next.junk || next.attribution) return;
    if (isAuthorBox(line.text, next.text, isTrailer(lines[i - 1]))) {
      line.authorName = true;
      next.junk = 'author-bio';
    }
  });
  return lines;
}

/**
 * Finds where each article starts. A headline-like line starts a new article
 * when it follows a line that closes articles (bot check, tip jar, credits,
 * author bio, reprint notice), when it is repeated right away, when a bot
 * check or header attribution follows it, or when the language changes.
 * @example splitArticles(toParagraphs('A Headline\n\nA Headline\n\nBody.')).articles.length => 1
 */
export function splitArticles(paragraphs: readonly Paragraph[]): SplitDump {
  const lines = annotate(paragraphs);
  const articles: RawArticle[] = [];
  const preamble: DumpLine[] = [];
  let current: RawArticle | undefined;

  const startsArticle = (i: number): boolean => {
    const line = lines[i]!;
    if (line.junk || line.attribution || line.authorName || !line.locale || !isHeadlineLike(line.text, line.locale)) return false;
    if (!current) return true;
    if (headlineKey(line.text) === headlineKey(current.title.text)) return false;
    const next = lines[i + 1];
    if (isTrailer(lines[i - 1])) return true;
    if (next && headlineKey(next.text) === headlineKey(line.text)) return true;
    if (next && (next.junk === 'interstitial' || (next.attribution && HEADER_ATTRIBUTION.has(next.attribution.kind)))) return true;
    return line.locale !== current.locale && next?.locale === line.locale;
  };

  lines.forEach((line, i) => {
    if (startsArticle(i)) {
      if (current) current.locale = articleLanguage(current);
      current = { title: line, locale: line.locale!, lines: [] };
      articles.push(current);
    } else if (current) {
      current.lines.push(line);
    } else {
      preamble.push(line);
    }
  });
  if (current) current.locale = articleLanguage(current);
  return { articles, preamble };
}

/** An article's language, judged on its headline and text together (not on junk). */
function articleLanguage(article: RawArticle): Locale {
  const text = [article.title, ...article.lines]
    .filter((l) => !l.junk && !l.attribution)
    .map((l) => l.text)
    .join('\n');
  return detectLanguage(text) ?? article.locale;
}
