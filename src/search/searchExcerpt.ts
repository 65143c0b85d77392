/** A run of excerpt text, highlighted when it matched the query. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** @example decodeEntities('a &amp; b &#39;c&#x27;') => "a & b 'c'" */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1]?.toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * Splits a Pagefind excerpt into plain-text runs, so it can be shown with
 * DOM text nodes and `<mark>` elements instead of parsing its HTML. Only
 * `<mark>` is understood; any other tag-like text stays literal text.
 * The zero-width spaces Pagefind puts between Chinese words are dropped.
 * @example excerptParts('a <mark>b</mark> &lt;i&gt;') => [{ text: 'a ', mark: false }, { text: 'b', mark: true }, { text: ' <i>', mark: false }]
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let mark = false;
  for (const piece of excerpt.split(/(<\/?mark>)/)) {
    if (piece === '<mark>') mark = true;
    else if (piece === '</mark>') mark = false;
    else if (piece) {
      const text = decodeEntities(piece).replace(/\u200b/g, '');
      const last = parts.at(-1);
      if (last && last.mark === mark) last.text += text;
      else if (text) parts.push({ text, mark });
    }
  }
  return parts;
}
