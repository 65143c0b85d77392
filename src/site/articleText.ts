import { entryBodyFacts, type BodyEntry } from './entryBodyFacts';
import { truncateText } from '../markdown/plainText';
import { minutesFor } from '../core/articles/readingTime';

interface EntryText extends BodyEntry {
  data: { description?: string; draft?: boolean };
}

export interface ArticleText {
  /** The description, or the start of the prose (160 characters at most). */
  summary: string;
  readingMinutes: number;
  /** The description, or the start of the prose (300 characters at most), for feeds. */
  longSummary: string;
  /** contentHash of the body: what a translation's sourceHash is compared with. */
  hash: string;
}

const known = new WeakMap<EntryText, ArticleText>();

/** Summaries in lists and meta descriptions, and in feeds. */
const SUMMARY_LENGTH = 160;
const LONG_SUMMARY_LENGTH = 300;

/**
 * An article's summary and reading time, worked out once per entry however
 * many pages show them (its page, its fallback page, home and topic lists).
 * @example articleText({ body: 'Some words.', data: {} }) => { summary: 'Some words.', readingMinutes: 1 }
 */
export function articleText(entry: EntryText): ArticleText {
  let text = known.get(entry);
  if (!text) {
    const facts = entryBodyFacts(entry);
    const { description } = entry.data;
    text = {
      summary: description || truncateText(facts.lead, SUMMARY_LENGTH),
      longSummary: description || truncateText(facts.lead, LONG_SUMMARY_LENGTH),
      readingMinutes: minutesFor(facts),
      hash: facts.hash,
    };
    known.set(entry, text);
  }
  return text;
}
