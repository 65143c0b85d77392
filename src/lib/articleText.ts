import { describe, markdownToPlainText } from './plainText';
import { readingMinutes } from './readingTime';

interface EntryText {
  body?: string;
  data: { description?: string };
}

export interface ArticleText {
  /** The description, or the start of the prose (160 characters at most). */
  summary: string;
  readingMinutes: number;
}

const known = new WeakMap<EntryText, ArticleText>();

/**
 * An article's summary and reading time, worked out once per entry however
 * many pages show them (its page, its fallback page, home and topic lists).
 * @example articleText({ body: 'Some words.', data: {} }) => { summary: 'Some words.', readingMinutes: 1 }
 */
export function articleText(entry: EntryText): ArticleText {
  let text = known.get(entry);
  if (!text) {
    const body = entry.body ?? '';
    text = { summary: describe(entry.data.description, body), readingMinutes: readingMinutes(markdownToPlainText(body)) };
    known.set(entry, text);
  }
  return text;
}
