import { describe, expect, it } from 'vitest';
import { isHeadlineLike, isPersonName, isSubheading, isTitleCase } from '../../src/importer/headline';

describe('headline shapes', () => {
  it.each([
    ['Fed Flags Stablecoin as a Risk', true],
    ['Miners Turn to Flare Gas as Power Prices Climb', true],
    ['The bank said no', false],
  ])('isTitleCase(%s) => %s', (text, expected) => expect(isTitleCase(text)).toBe(expected));

  it.each([
    ['Payment App Freezes Accounts of Two Crypto Founders', 'en', true],
    ['Hong Kong exchange wins licence', 'en', true],
    ['The bank said it would comply.', 'en', false],
    ['At the briefing, the chair said:', 'en', false],
    ['央行数字货币试点扩围:再添四个城市', 'zh', true],
    ['据悉,试点银行将为商户提供免费的受理终端。', 'zh', false],
  ] as const)('isHeadlineLike(%s, %s) => %s', (text, locale, expected) => expect(isHeadlineLike(text, locale)).toBe(expected));

  it.each([
    ['Custody Rules Tighten', 'en', false, true],
    ['“No Reason Given”', 'en', false, true],
    ['Cheap Energy, Fewer Emissions', 'en', false, true],
    ['The debate is likely to continue', 'en', false, false],
    ['According to the notice, the firm closed the account after reviewing its', 'en', false, false],
    ['贸易单据上链', 'zh', true, true],
    ['试点城市:从沿海走向内陆', 'zh', true, true],
    ['单据上链之后,银行核验的时间可以从几天缩短到几个小时。', 'zh', false, false],
  ] as const)('isSubheading(%s, %s, spacer %s) => %s', (text, locale, spacer, expected) =>
    expect(isSubheading(text, locale, spacer)).toBe(expected),
  );

  it.each([
    ['王明远', true],
    ['Marta Okafor', true],
    ['Jane Q. Doe', true],
    ['贸易单据上链了吗', false],
    ['Custody rules tighten', false],
  ])('isPersonName(%s) => %s', (text, expected) => expect(isPersonName(text)).toBe(expected));
});
