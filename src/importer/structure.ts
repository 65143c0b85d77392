import type { Locale } from '../core/language/locales';
import { isSubheading } from './headline';

/** A block of an article body, before it is written as Markdown. */
export type Block =
  | { type: 'heading'; text: string }
  | { type: 'quote'; text: string }
  | { type: 'turn'; speaker: string; text: string }
  | { type: 'paragraph'; text: string };

export interface BodyParagraph {
  text: string;
  spacerAround?: boolean;
}

const LABEL = /^(《[^》]{1,20}》|[\p{Script=Han}]{2,8}|[\p{Lu}][\p{L}.'’-]*(?: [\p{Lu}][\p{L}.'’-]*){0,3})\s*[:：]\s*(.+)$/u;
const SPEECH =
  /\b(said|says|saying|stated|states|wrote|writes|tweeted|added|adds|explained|noted|told|mentioned|claimed|declared|remarked|commented|reiterated|warned|argued|quoted|reads|as follows)\b|(说|表示|指出|称|写道|强调|提到|认为)[^，。,]{0,6}[:：]$/iu;
const OPEN_QUOTES = '“"「『‘';
const CLOSE_QUOTES = '”"」』’';

/**
 * The speakers of an interview: labels ("Name:" or "《Paper》:") that open at
 * least two paragraphs, when at least two such labels take turns.
 * @example interviewSpeakers(['Q: Why?', 'Ann Lee: Because.', 'Q: When?', 'Ann Lee: Soon.']) => ['Q', 'Ann Lee']
 */
export function interviewSpeakers(paragraphs: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const text of paragraphs) {
    const label = text.match(LABEL)?.[1];
    if (label) counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  const speakers = [...counts].filter(([, n]) => n >= 2).map(([label]) => label);
  return speakers.length >= 2 ? speakers : [];
}

/**
 * A paragraph that is one quoted statement and nothing else, without its
 * outer quote marks; undefined otherwise.
 * @example standaloneQuote('“We will comply. Full stop.”') => 'We will comply. Full stop.'
 * @example standaloneQuote('“We will comply,” he said.') => undefined
 */
export function standaloneQuote(text: string): string | undefined {
  const first = text[0] ?? '';
  const last = text.at(-1) ?? '';
  if (!OPEN_QUOTES.includes(first) || !CLOSE_QUOTES.includes(last)) return undefined;
  const inner = text.slice(1, -1);
  if (/[”」』"]/u.test(inner) || !/[.!?。！？…]$/u.test(inner)) return undefined;
  return inner.trim();
}

/**
 * Whether a paragraph leads into a quotation: its last sentence reports speech
 * and it ends with a colon.
 * @example leadsIntoQuote('At the conference, Blanco was quoted as saying:') => true
 */
export function leadsIntoQuote(text: string): boolean {
  if (!/[:：]$/u.test(text)) return false;
  const lastSentence = text.split(/(?<=[.!?。！？])\s*/u).at(-1) ?? text;
  return SPEECH.test(lastSentence);
}

/**
 * Gives an article body its structure: subheadings, blockquotes (a quoted
 * statement on its own, or a paragraph after "… said:"), interview turns.
 * @example toBlocks([{ text: 'Market Reaction' }, { text: 'Prices fell.' }], 'en') => [{ type: 'heading', text: 'Market Reaction' }, { type: 'paragraph', text: 'Prices fell.' }]
 */
export function toBlocks(paragraphs: readonly BodyParagraph[], locale: Locale): Block[] {
  const speakers = new Set(interviewSpeakers(paragraphs.map((p) => p.text)));
  return paragraphs.map(({ text, spacerAround }, i): Block => {
    const label = text.match(LABEL);
    if (label && speakers.has(label[1]!)) return { type: 'turn', speaker: label[1]!, text: label[2]! };
    if (isSubheading(text, locale, spacerAround)) return { type: 'heading', text };
    const quoted = standaloneQuote(text);
    if (quoted) return { type: 'quote', text: quoted };
    const previous = paragraphs[i - 1]?.text;
    if (previous && leadsIntoQuote(previous)) return { type: 'quote', text };
    return { type: 'paragraph', text };
  });
}
