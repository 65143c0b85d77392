import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/importer/language';

describe('detectLanguage', () => {
  it.each([
    ['央行数字货币试点扩围', 'zh'],
    ['柬埔寨Garlic Chain效法中国套路,引进中国技术', 'zh'],
    ['Fed flags stablecoin as a risk', 'en'],
    ['“JUST IN: the channel featured another segment on 财经, which I consider a major program.”', 'en'],
    ['2020 / 58', undefined],
  ])('%s => %s', (text, expected) => expect(detectLanguage(text)).toBe(expected));
});
