import { describe, expect, it } from 'vitest';
import { decodeCodePoints, encodeCodePoints, hasCodePointOf } from '../../src/search/codePointSet';
import { conversionTriggers, SIMPLIFIED_TABLES } from '../../src/search/simplifiedIndex';

describe('encodeCodePoints and decodeCodePoints', () => {
  it.each([
    [['B', 'A', 'D', 'A'], '1t 1 2'],
    [['鬱', '𧩙'], `${(0x9b31).toString(36)} ${(0x27a59 - 0x9b31).toString(36)}`],
    [[], ''],
  ])('%j <=> %j', (chars, encoded) => {
    expect(encodeCodePoints(chars)).toBe(encoded);
    expect(decodeCodePoints(encoded)).toEqual(new Set(chars.map((c) => c.codePointAt(0))));
  });

  it('carries every Traditional character the index conversion knows, in about 2 bytes each', () => {
    const triggers = conversionTriggers(SIMPLIFIED_TABLES);
    const encoded = encodeCodePoints(triggers);
    expect(decodeCodePoints(encoded)).toEqual(new Set([...triggers].map((c) => c.codePointAt(0))));
    expect(encoded.length).toBeLessThan(triggers.size * 2.2);
  });
});

describe('hasCodePointOf', () => {
  const traditional = decodeCodePoints(encodeCodePoints(conversionTriggers(SIMPLIFIED_TABLES)));
  it.each([
    ['穩定幣', true],
    ['鬱金香泡沫', true],
    ['回覆', true],
    ['稳定币', false],
    ['郁金香泡沫', false],
    ['FATF 规则', false],
    ['', false],
  ])('%j => %s', (text, expected) => {
    expect(hasCodePointOf(text, traditional)).toBe(expected);
  });
});
