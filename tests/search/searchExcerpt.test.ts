import { describe, expect, it } from 'vitest';
import { decodeEntities, excerptParts } from '../../src/search/searchExcerpt';

describe('excerptParts', () => {
  it.each([
    [
      'a <mark>b</mark> c',
      [
        { text: 'a ', mark: false },
        { text: 'b', mark: true },
        { text: ' c', mark: false },
      ],
    ],
    [
      '<mark>稳定</mark><mark>币</mark>\u200b监管',
      [
        { text: '稳定币', mark: true },
        { text: '监管', mark: false },
      ],
    ],
    ['&lt;img src=x onerror=alert(1)&gt;', [{ text: '<img src=x onerror=alert(1)>', mark: false }]],
    [
      '<b>x</b> &amp; <mark>y</mark>',
      [
        { text: '<b>x</b> & ', mark: false },
        { text: 'y', mark: true },
      ],
    ],
    ['', []],
  ])('%s', (excerpt, parts) => {
    expect(excerptParts(excerpt)).toEqual(parts);
  });
  it.each([
    ['a &amp; b', 'a & b'],
    ['&#39;x&#x27;', "'x'"],
    ['&unknown; &#99999999;', '&unknown; &#99999999;'],
  ])('decodeEntities(%s) => %s', (input, output) => {
    expect(decodeEntities(input)).toBe(output);
  });
});
