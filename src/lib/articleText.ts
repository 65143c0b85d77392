import { renderedBodyFacts, type RenderedEntry } from './bodyFacts';
import { describe, markdownToPlainText, truncateText } from './plainText';
import { minutesFor, readingMinutes } from './readingTime';

interface EntryText extends RenderedEntry {
  body?: string;
  data: { description?: string };
}

export interface ArticleText {
  /** The description, or the start of the prose (160 characters at most). */
  summary: string;
  readingMinutes: number;
}

const known = new WeakMap<EntryText, ArticleText>();

/** Summaries in lists and meta descriptions. */
const SUMMARY_LENGTH = 160;

/**
 * An article's summary and reading time, worked out once per entry however
 * many pages show them (its page, its fallback page, home and topic lists).
 * @example articleText({ body: 'Some words.', data: {} }) => { summary: 'Some words.', readingMinutes: 1 }
 */
export function articleText(entry: EntryText): ArticleText {
  let text = known.get(entry);
  if (!text) {
    const facts = renderedBodyFacts(entry);
    const body = entry.body ?? '';
    // The renderer measured the body already (BodyFacts); MDX entries are parsed here.
    text = facts
      ? { summary: entry.data.description || truncateText(facts.lead, SUMMARY_LENGTH), readingMinutes: minutesFor(facts) }
      : { summary: describe(entry.data.description, body, SUMMARY_LENGTH), readingMinutes: readingMinutes(markdownToPlainText(body)) };
    known.set(entry, text);
  }
  return text;
}
