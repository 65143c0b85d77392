/** The first byte of a file that is not UTF-8. */
export interface InvalidUtf8 {
  line: number;
  offset: number;
  byte: number;
}

/** A file's bytes read as text, and where the first byte that is not UTF-8 sits, if one does. */
export interface Utf8Text {
  /** The text; a file that is not UTF-8 has U+FFFD in place of each bad byte, for reading only, never publishing. */
  text: string;
  /** Where the first byte that is not UTF-8 (GBK, Latin-1…) sits: its 1-based line, its offset in the file and its value. */
  invalid?: InvalidUtf8;
}

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenient = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * The offset of the first byte of `bytes` that does not belong to a well-formed
 * UTF-8 sequence (overlong forms, surrogates and code points over U+10FFFF
 * included), or -1 when all of it is UTF-8.
 * @example firstInvalidUtf8(Buffer.from([0x61, 0xd6, 0xd0])) => 1
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    // The length of the sequence and the range its second byte must fall in (Unicode's table 3-7).
    const [length, low, high] =
      b >= 0xc2 && b <= 0xdf
        ? [2, 0x80, 0xbf]
        : b === 0xe0
          ? [3, 0xa0, 0xbf]
          : b === 0xed
            ? [3, 0x80, 0x9f]
            : b >= 0xe1 && b <= 0xef
              ? [3, 0x80, 0xbf]
              : b === 0xf0
                ? [4, 0x90, 0xbf]
                : b === 0xf4
                  ? [4, 0x80, 0x8f]
                  : b >= 0xf1 && b <= 0xf3
                    ? [4, 0x80, 0xbf]
                    : [0, 0, 0];
    if (!length || i + length > bytes.length) return i;
    const second = bytes[i + 1]!;
    if (second < low || second > high) return i;
    for (let k = 2; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += length;
  }
  return -1;
}

/**
 * Reads a content file's bytes as UTF-8, exactly as written (a byte-order mark is kept:
 * the frontmatter reader and the renderer drop it). Anything else is reported with the
 * line of its first bad byte rather than silently read with replacement characters.
 * @example utf8Text(Buffer.from('标题')) => { text: '标题' }
 * @example utf8Text(Buffer.from([0x61, 0x0a, 0xb1, 0xea])).invalid => { line: 2, offset: 2, byte: 0xb1 }
 */
export function utf8Text(bytes: Uint8Array): Utf8Text {
  try {
    return { text: strict.decode(bytes) };
  } catch {
    const offset = Math.max(0, firstInvalidUtf8(bytes));
    let line = 1;
    for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line += 1;
    return { text: lenient.decode(bytes), invalid: { line, offset, byte: bytes[offset] ?? 0 } };
  }
}
