/** One paragraph of a dump: in these dumps every non-blank line is a paragraph. */
export interface Paragraph {
  /** The text with spacing tidied: no-break and repeated spaces folded, ends trimmed. */
  text: string;
  /** 1-based line number in the dump, for messages. */
  line: number;
  /** True when a line holding only a no-break space sits next to it (a subheading hint). */
  spacerAround: boolean;
}

const NBSP = /[\u00a0\u2007\u202f\u3000]/g;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;

/** @example tidyLine('\u00a0 Hello   world ') => 'Hello world' */
export function tidyLine(line: string): string {
  return line
    .replace(INVISIBLE, '')
    .replace(NBSP, ' ')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/**
 * Splits a dump into paragraphs, one per non-blank line, remembering which sit
 * next to a no-break-space spacer line.
 * @example toParagraphs('Title\n\nBody.').map((p) => p.text) => ['Title', 'Body.']
 */
export function toParagraphs(dump: string): Paragraph[] {
  const lines = dump
    .replace(/^\ufeff/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  const isSpacer = (raw: string | undefined) => raw !== undefined && raw.includes('\u00a0') && tidyLine(raw) === '';
  const paragraphs: Paragraph[] = [];
  let spacerSincePrevious = false;
  lines.forEach((raw, index) => {
    const text = tidyLine(raw);
    if (text === '') {
      if (isSpacer(raw)) {
        spacerSincePrevious = true;
        const previous = paragraphs.at(-1);
        if (previous && previous.line > index - 3) previous.spacerAround = true;
      }
      return;
    }
    paragraphs.push({ text, line: index + 1, spacerAround: spacerSincePrevious });
    spacerSincePrevious = false;
  });
  return paragraphs;
}
