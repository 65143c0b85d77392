import { describe, expect, it } from 'vitest';
import { sealText, unsealText } from '../../../src/core/build/sealedText';

describe('sealText and unsealText', () => {
  const sealed = sealText('{"findings":{"a":[]}}\n');

  it('give back the sealed text', () => {
    expect(unsealText(sealed)).toBe('{"findings":{"a":[]}}\n');
    expect(unsealText(sealText(''))).toBe('');
  });

  it.each([
    ['cut in half', sealed.slice(0, sealed.length / 2)],
    ['cut by one character', sealed.slice(0, -1)],
    ['with a character changed', sealed.replace('"a"', '"b"')],
    ['never sealed', '{"findings":{}}'],
    ['empty', ''],
  ])('give nothing for a text %s', (_, text) => {
    expect(unsealText(text)).toBeUndefined();
  });
});
