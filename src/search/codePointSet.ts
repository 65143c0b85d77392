/**
 * A set of characters written compactly: the gaps between their sorted code
 * points in base 36, separated by spaces (about 2 bytes a character for the
 * 3,000 Traditional characters, against 3 for the characters themselves).
 * @example encodeCodePoints(['B', 'A', 'D']) => '1t 1 2'
 */
export function encodeCodePoints(chars: Iterable<string>): string {
  const codes = [...new Set([...chars].map((char) => char.codePointAt(0)!))].sort((a, b) => a - b);
  return codes.map((code, i) => (code - (codes[i - 1] ?? 0)).toString(36)).join(' ');
}

/**
 * The code points of a set written by encodeCodePoints.
 * @example decodeCodePoints('1t 1 2') => Set { 65, 66, 68 }
 */
export function decodeCodePoints(encoded: string): Set<number> {
  const codes = new Set<number>();
  let code = 0;
  for (const gap of encoded.split(' ')) if (gap) codes.add((code += parseInt(gap, 36)));
  return codes;
}

/**
 * Whether a text has a character of the set.
 * @example hasCodePointOf('鬱金香', new Set([0x9b31])) => true
 */
export function hasCodePointOf(text: string, codes: ReadonlySet<number>): boolean {
  for (const char of text) if (codes.has(char.codePointAt(0)!)) return true;
  return false;
}
