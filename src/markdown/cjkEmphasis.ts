import type { PhrasingContent } from 'mdast';

/** Han, kana, Hangul, CJK punctuation and full-width forms. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef\u2018-\u201f]/u;

// A delimiter pair that CommonMark left as text: no space just inside, no other asterisk inside.
const STRONG = /\*\*([^*\s](?:[^*]*?[^*\s])?)\*\*/gu;
const EMPHASIS = /(?<!\*)\*([^*\s](?:[^*]*?[^*\s])?)\*(?!\*)/gu;

function touchesCjk(text: string, start: number, end: number, inner: string): boolean {
  return CJK.test(text[start - 1] ?? '') || CJK.test(text[end] ?? '') || CJK.test(inner[0]!) || CJK.test(inner.at(-1)!);
}

function split(value: string, pattern: RegExp, make: (inner: string) => PhrasingContent): PhrasingContent[] | undefined {
  const out: PhrasingContent[] = [];
  let last = 0;
  for (const match of value.matchAll(pattern)) {
    const end = match.index + match[0].length;
    if (!touchesCjk(value, match.index, end, match[1]!)) continue;
    if (match.index > last) out.push({ type: 'text', value: value.slice(last, match.index) });
    out.push(make(match[1]!));
    last = end;
  }
  if (last === 0) return undefined;
  if (last < value.length) out.push({ type: 'text', value: value.slice(last) });
  return out;
}

/**
 * Emphasis that CommonMark's flanking rules miss next to Chinese punctuation
 * (`**真，**她说`, `*“引号”*后`), as the markdown-cjk-friendly proposal reads it:
 * `*`/`**` pairs left as text are turned into emphasis/strong when a delimiter
 * touches a CJK character or CJK punctuation. Pairs in Latin text stay literal,
 * as CommonMark wants. Returns undefined when there is nothing to change.
 * Emphasis around other inline markup (a link, code) is not recovered.
 * @example cjkEmphasis('**真，**她说') => [{ type: 'strong', children: [{ type: 'text', value: '真，' }] }, { type: 'text', value: '她说' }]
 */
export function cjkEmphasis(value: string): PhrasingContent[] | undefined {
  if (!value.includes('*')) return undefined;
  const emphasis = (text: string): PhrasingContent[] =>
    split(text, EMPHASIS, (inner) => ({ type: 'emphasis', children: [{ type: 'text', value: inner }] })) ?? [{ type: 'text', value: text }];
  const strong = split(value, STRONG, (inner) => ({ type: 'strong', children: emphasis(inner) }));
  const nodes = (strong ?? [{ type: 'text', value }]).flatMap((node) => (node.type === 'text' ? emphasis(node.value) : [node]));
  return nodes.length === 1 && nodes[0]!.type === 'text' ? undefined : nodes;
}
