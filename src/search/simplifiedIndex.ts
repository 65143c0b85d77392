import { ConverterFactory, type ConverterFunction } from 'opencc-js/core';
import characters from 'opencc-js/dict/TSCharacters';
import phrases from 'opencc-js/dict/TSPhrases';

// The search index holds Chinese text in Simplified characters, as the browser converts every
// query with a Traditional character to Simplified (browser/toSimplified.ts): an article written
// in Traditional characters is then found by a query in either. Both sides use these tables.
// Only the copy of a page that Pagefind reads is converted; the published page stays as written.

/** OpenCC's Traditional → Simplified tables, phrases first, as browser/toSimplified.ts loads them. */
export const SIMPLIFIED_TABLES: readonly string[] = [phrases, characters];

/** The entries of an OpenCC table: `from to|from to…`. */
const entries = (table: string) => table.split('|').map((entry) => entry.split(' ') as [string, string]);

/**
 * The characters without one of which converting with the given tables changes
 * nothing: every character a table maps to another, and for each phrase the
 * tables rewrite, the first of its characters that the rewrite changes.
 * @example conversionTriggers(['回覆 回复', '鬱 郁|么 么']) => Set { '覆', '鬱' }
 */
export function conversionTriggers(tables: readonly string[]): Set<string> {
  const triggers = new Set<string>();
  for (const [from, to] of tables.flatMap(entries)) {
    if (from === to) continue;
    const a = [...from];
    const b = [...to];
    triggers.add(a.find((char, i) => char !== b[i]) ?? a.at(-1)!);
  }
  return triggers;
}

/** A tag, with its quoted attribute values, or a comment. */
const TAG = /<!--[\s\S]*?-->|<(?:[^>"']|"[^"]*"|'[^']*')*>/g;

/**
 * Converts the text of an HTML page and leaves its markup as written: an
 * element's `id` must stay the page's own, as search results link to it.
 * @example convertPageText('<h2 id="鬱">鬱金香</h2>', (s) => s.replaceAll('鬱', '郁')) => '<h2 id="鬱">郁金香</h2>'
 */
export function convertPageText(html: string, convert: (text: string) => string): string {
  let out = '';
  let last = 0;
  for (const tag of html.matchAll(TAG)) {
    out += convert(html.slice(last, tag.index)) + tag[0];
    last = tag.index + tag[0].length;
  }
  return out + convert(html.slice(last));
}

let converter: ConverterFunction | undefined;
/** The triggers, as a table of the Basic Multilingual Plane's code units and a set of the others: a scan of a page takes microseconds. */
let triggers: { bmp: Uint8Array; astral: Set<number> } | undefined;

/**
 * Text in Simplified characters, converted as the browser converts queries.
 * @example toSimplifiedText('鬱金香泡沫') => '郁金香泡沫'
 */
export function toSimplifiedText(text: string): string {
  converter ??= ConverterFactory(SIMPLIFIED_TABLES);
  return converter(text);
}

/** The triggers (conversionTriggers of SIMPLIFIED_TABLES), made on first use. */
function conversionTriggerTable(): { bmp: Uint8Array; astral: Set<number> } {
  if (!triggers) {
    triggers = { bmp: new Uint8Array(0x10000), astral: new Set() };
    for (const char of conversionTriggers(SIMPLIFIED_TABLES)) {
      const code = char.codePointAt(0)!;
      if (code < 0x10000) triggers.bmp[code] = 1;
      else triggers.astral.add(code);
    }
  }
  return triggers;
}

/**
 * Whether a text, or its UTF-8 bytes, has a character that the conversion to Simplified may change:
 * a quick test that spares the conversion of most pages. The bytes are read as they stand (a page as
 * Astro writes it), so that they need not be decoded first: 0.45 s of a 10,000-article build.
 * @example mayHaveTraditional('郁金香') => false; mayHaveTraditional(Buffer.from('鬱金香')) => true
 */
export function mayHaveTraditional(text: string | Uint8Array): boolean {
  if (typeof text !== 'string') return utf8MayHaveTraditional(text);
  const { bmp, astral } = conversionTriggerTable();
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x3400) continue;
    // A high surrogate starts a character outside the BMP; its low surrogate is no trigger.
    if (unit >= 0xd800 && unit < 0xdc00 ? astral.has(text.codePointAt(i)!) : bmp[unit] === 1) return true;
  }
  return false;
}

/** Whether a byte continues a UTF-8 sequence (0b10xxxxxx). */
const continuation = (byte: number) => (byte & 0xc0) === 0x80;

/**
 * mayHaveTraditional over UTF-8: every trigger is at U+3400 or above, so only three- and four-byte
 * sequences are read (a lead byte of 0xE3 or more); a sequence cut short, at the end or by a byte that
 * is not a continuation byte, is no character (the bytes after its lead are read again on their own).
 */
function utf8MayHaveTraditional(bytes: Uint8Array): boolean {
  const { bmp, astral } = conversionTriggerTable();
  const end = bytes.length;
  for (let i = 0; i < end; i++) {
    const lead = bytes[i]!;
    if (lead < 0xe3) continue;
    if (lead < 0xf0) {
      if (i + 2 >= end) return false;
      if (!continuation(bytes[i + 1]!) || !continuation(bytes[i + 2]!)) continue;
      const unit = ((lead & 0x0f) << 12) | ((bytes[i + 1]! & 0x3f) << 6) | (bytes[i + 2]! & 0x3f);
      if (unit >= 0x3400 && bmp[unit] === 1) return true;
      i += 2;
    } else if (lead < 0xf5) {
      if (i + 3 >= end) return false;
      if (!continuation(bytes[i + 1]!) || !continuation(bytes[i + 2]!) || !continuation(bytes[i + 3]!)) continue;
      const code = ((lead & 0x07) << 18) | ((bytes[i + 1]! & 0x3f) << 12) | ((bytes[i + 2]! & 0x3f) << 6) | (bytes[i + 3]! & 0x3f);
      if (astral.has(code)) return true;
      i += 3;
    }
  }
  return false;
}

/**
 * The page as the search index should read it, its text in Simplified
 * characters, or undefined when that changes nothing (a page in Simplified
 * Chinese or in English): only those pages are converted.
 * @example simplifiedPage('<h1>鬱金香</h1>') => '<h1>郁金香</h1>'; simplifiedPage('<h1>郁金香</h1>') => undefined
 */
export function simplifiedPage(html: string): string | undefined {
  if (!mayHaveTraditional(html)) return undefined;
  const simplified = convertPageText(html, toSimplifiedText);
  return simplified === html ? undefined : simplified;
}
