import { describe, expect, it } from 'vitest';
import { warmUpWordSegmenter } from '../../src/search/wordSegmenter';

describe('warmUpWordSegmenter', () => {
  it.each([
    ['zh-CN', true],
    ['zh', true],
    ['en', false],
    ['en-GB', false],
  ])('%s: %s', (lang, loaded) => {
    expect(warmUpWordSegmenter(lang)).toBe(loaded);
  });
});
