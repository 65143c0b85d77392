import { describe, expect, it } from 'vitest';
import { isValidSlug } from '../../src/core/slugs';
import { capSlug, chineseSlug, englishSlug, MAX_SLUG_LENGTH, uniqueSlug } from '../../src/importer/slug';

describe('slugs', () => {
  it.each([
    ['Payment App Freezes Accounts of Two Crypto Founders', 'payment-app-freezes-accounts-of-two-crypto-founders'],
    ['Argentina’s Central Bank Tightens Dollar Limits', 'argentinas-central-bank-tightens-dollar-limits'],
    ['Stablecoin Supply Tops $8,200,000', 'stablecoin-supply-tops-8200000'],
    ['Café Owners Accept “Lightning”', 'cafe-owners-accept-lightning'],
    ['<script>alert(1)</script>', 'script-alert-1-script'],
  ])('englishSlug(%s) => %s', (title, slug) => expect(englishSlug(title)).toBe(slug));

  it.each([
    ['央行数字货币试点扩围:再添四个城市', 'yang-xing-shu-zi-huo-bi-shi-dian-kuo-wei-zai-tian-si-ge-cheng-shi'],
    ['比特币跌破8000美元', 'bi-te-bi-die-po-8000-mei-yuan'],
    ['Libra联盟再添两名成员', 'libra-lian-meng-zai-tian-liang-ming-cheng-yuan'],
    ['绿色金融', 'lv-se-jin-rong'],
  ])('chineseSlug(%s) => %s', (title, slug) => expect(chineseSlug(title)).toBe(slug));

  it('keeps slugs valid and within the length limit, cut at a word boundary', () => {
    const long = englishSlug('Regulators in Several Countries Propose Licensing Regimes for Crypto Custodians and Brokers Alike This Year');
    expect(long.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(long.endsWith('-')).toBe(false);
    expect(isValidSlug(long)).toBe(true);
    expect(isValidSlug(chineseSlug('国家信息中心研究员:未来所有的金融企业都是区块链企业,银行保险证券都将上链'))).toBe(true);
  });

  it.each([
    ['one-two-three', 8, 'one-two'],
    ['short', 80, 'short'],
  ])('capSlug(%s, %d) => %s', (slug, max, expected) => expect(capSlug(slug, max)).toBe(expected));

  it.each([
    ['fed-report', [], 'fed-report'],
    ['fed-report', ['fed-report'], 'fed-report-2'],
    ['fed-report', ['fed-report', 'fed-report-2'], 'fed-report-3'],
  ])('uniqueSlug(%s, %j) => %s', (slug, taken, expected) => expect(uniqueSlug(slug, new Set(taken))).toBe(expected));
});
