const FULL_WIDTH: Record<string, string> = { ',': '，', ':': '：', ';': '；', '!': '！', '?': '？' };
/** Han characters and the Chinese punctuation and quotes that sit among them. */
const CJK = /[\p{Script=Han}。，、；：？！“”‘’《》（）【】…—·]/u;

/**
 * Restores full-width punctuation in Chinese text, which crawlers often fold
 * to ASCII: a comma, colon, semicolon, ! or ? touching a Chinese character
 * becomes full-width, and so do parentheses around or after Chinese text.
 * Numbers (1,280), times (10:30) and URLs keep their ASCII marks.
 * @example chinesePunctuation('据悉,该中心(北京)已揭牌:首批3家') => '据悉，该中心（北京）已揭牌：首批3家'
 */
export function chinesePunctuation(text: string): string {
  const chars = [...text];
  const out = chars.map((ch, i) => {
    const mark = FULL_WIDTH[ch];
    if (!mark) return ch;
    const before = chars[i - 1] ?? '';
    const after = chars[i + 1] ?? '';
    if (/\d/.test(before) && /\d/.test(after)) return ch;
    if (ch === ':' && after === '/') return ch;
    return CJK.test(before) || CJK.test(after) ? mark : ch;
  });
  return out.join('').replace(/\(([^()]*)\)/g, (whole, inner: string, offset: number, all: string) => {
    const before = [...all.slice(0, offset)].at(-1) ?? '';
    return CJK.test(inner) || /\p{Script=Han}/u.test(before) ? `（${inner}）` : whole;
  });
}
