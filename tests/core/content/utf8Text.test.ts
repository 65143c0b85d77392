import { describe, expect, it } from 'vitest';
import { firstInvalidUtf8, utf8Text } from '../../../src/core/content/utf8Text';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))));

describe('firstInvalidUtf8', () => {
  it.each<[string, Buffer, number]>([
    ['ASCII and Chinese', bytes('a 中文 🙂'), -1],
    ['GBK 中文', bytes('a', [0xd6, 0xd0, 0xce, 0xc4]), 1],
    ['Latin-1 é', bytes('Caf', [0xe9]), 3],
    ['a sequence cut at the end', bytes('中', [0xe6, 0x96]), 3],
    ['an overlong slash', bytes([0xc0, 0xaf]), 0],
    ['a surrogate', bytes('x', [0xed, 0xa0, 0x80]), 1],
    ['a code point over U+10FFFF', bytes([0xf4, 0x90, 0x80, 0x80]), 0],
    ['a stray continuation byte', bytes('ab', [0x80]), 2],
  ])('%s', (_name, input, expected) => {
    expect(firstInvalidUtf8(input)).toBe(expected);
    // It agrees with the platform's strict decoder on whether the bytes are UTF-8.
    const decodes = () => new TextDecoder('utf-8', { fatal: true }).decode(input);
    if (expected === -1) expect(decodes).not.toThrow();
    else expect(decodes).toThrow();
  });
});

describe('utf8Text', () => {
  it('reads UTF-8 as written, a byte-order mark included', () => {
    expect(utf8Text(bytes('\uFEFF标题\r\n'))).toEqual({ text: '\uFEFF标题\r\n' });
  });

  it('marks a file that is not UTF-8 with the line, offset and value of its first bad byte', () => {
    expect(utf8Text(bytes('---\ntitle: A\n---\n', [0xd6, 0xd0]))).toEqual({
      text: '---\ntitle: A\n---\n\uFFFD\uFFFD',
      invalid: { line: 4, offset: 17, byte: 0xd6 },
    });
  });
});
