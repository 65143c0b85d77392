import { describe, expect, it } from 'vitest';
import { isValidSlug } from '../../src/core/links/slugs';
import { chinesePieces } from '../../src/importer/pinyinSlug';
import { capSlug, chineseSlug, englishSlug, MAX_SLUG_LENGTH, uniqueSlug } from '../../src/importer/slug';
import { fitSlug, type SlugPiece } from '../../src/importer/slugWords';

const pieces = (spec: string): SlugPiece[] =>
  spec.split(' ').map((w) => {
    const [text, kind] = w.split(':') as [string, SlugPiece['kind'] | undefined];
    return { text, kind: kind ?? 'word' };
  });

describe('slugs', () => {
  it.each([
    ['Payment App Freezes Accounts of Two Crypto Founders', 'payment-app-freezes-accounts-of-two-crypto-founders'],
    ['Argentina’s Central Bank Tightens Dollar Limits', 'argentinas-central-bank-tightens-dollar-limits'],
    ['Stablecoin Supply Tops $8,200,000', 'stablecoin-supply-tops-8200000'],
    ['Café Owners Accept “Lightning”', 'cafe-owners-accept-lightning'],
    ['<script>alert(1)</script>', 'script-alert-1-script'],
    // too long: function words go first, from the end, auxiliaries before conjunctions, so the name at the end stays
    [
      'Regional Bank Closes a Fintech Founder’s Account and May Have Also Closed the Accounts of Maria Okonkwo',
      'regional-bank-closes-fintech-founders-account-and-closed-accounts-maria-okonkwo',
    ],
    // dropping function words is enough to keep the last word
    [
      'Make No Mistake, Stablecoins Are Still Distrusted by Brussels Despite the Digital Euro Pivot',
      'make-no-mistake-stablecoins-still-distrusted-brussels-despite-digital-euro-pivot',
    ],
    // when it is not, words go from the end, at word boundaries
    [
      'Make No Mistake, Stablecoins Are Still Distrusted by Brussels Despite the Enthusiastic Digital Euro Pivot',
      'make-no-mistake-stablecoins-still-distrusted-brussels-despite-enthusiastic',
    ],
    // numbers and the words they count stay: ordinary words before them go
    [
      'Exchange Operators Expand Their Stablecoin Custody Services Abroad: Six Countries Added in Nearly Five Months',
      'exchange-operators-expand-stablecoin-custody-services-six-countries-five-months',
    ],
  ])('englishSlug(%s) => %s', (title, slug) => {
    expect(englishSlug(title)).toBe(slug);
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
  });

  it.each([
    ['央行数字货币试点扩围:再添四个城市', 'yanghang-shuzi-huobi-shi-dian-kuo-wei-zai-tian-si-ge-chengshi'],
    ['比特币跌破8000美元', 'bitebi-diepo-8000-meiyuan'],
    ['Libra联盟再添两名成员', 'libra-lianmeng-zai-tian-liang-ming-chengyuan'],
    ['绿色金融', 'lvse-jinrong'],
    ['中国区块链技术输出海外', 'zhongguo-qukuailian-jishu-shuchu-haiwai'],
    // personal names: surname, hyphen, given name joined
    ['财经大学教授王明远:跨境贸易', 'caijing-daxue-jiaoshou-wang-mingyuan-kua-jing-maoyi'],
    ['记者赵辉报道', 'jizhe-zhao-hui-baodao'],
    ['欧阳娜娜发布新歌', 'ouyang-nana-fabu-xinge'],
    // 的 and 了 go first when too long; the subject's terms are one word
    [
      '国家信息中心研究员:未来所有的金融企业都是区块链企业,银行保险证券都将上链',
      'guojia-xinxi-zhongxin-yanjiu-yuan-weilai-suoyou-jinrong-qiye-doushi-qukuailian',
    ],
  ])('chineseSlug(%s) => %s', (title, slug) => {
    expect(chineseSlug(title)).toBe(slug);
    expect(isValidSlug(slug)).toBe(true);
  });

  it('marks names, numbers and function characters among Chinese words', () => {
    expect(chinesePieces('创始人陈立新称五万元的上限')).toEqual([
      { text: 'chuangshi', kind: 'word' },
      { text: 'ren', kind: 'word' },
      { text: 'chen-lixin', kind: 'name' },
      { text: 'cheng', kind: 'word' },
      { text: 'wuwan', kind: 'number' },
      { text: 'yuan', kind: 'word' },
      { text: 'de', kind: 'minor' },
      { text: 'shangxian', kind: 'word' },
    ]);
    expect(chinesePieces('李四与张三').map((p) => [p.text, p.kind])).toEqual([
      ['li-si', 'name'],
      ['yu', 'joiner'],
      ['zhangsan', 'word'], // the segmenter knows 张三 as a word: a name it does not split is spelled as one word
    ]);
    // a surname followed by a word the segmenter knows is not a name; nor is a particle a given name
    expect(chinesePieces('高收入').map((p) => p.kind)).toEqual(['word', 'word']);
    expect(chinesePieces('高管的').map((p) => [p.text, p.kind])).toEqual([
      ['gao-guan', 'name'],
      ['de', 'minor'],
    ]);
  });

  it.each([
    ['banks may close', 11, 'banks-close'],
    ['banks may close', 20, 'banks-may-close'],
    // minor words before joiners, each from the end
    ['bank of:joiner america the:minor shuts', 20, 'bank-america-shuts'],
    ['bank of:joiner america the:minor shuts', 22, 'bank-of-america-shuts'],
    // then ordinary words from the end, keeping names and numbers
    ['banks close account justin-sun:name', 24, 'banks-close-justin-sun'],
    ['six:number countries reached nearly five:number months', 33, 'six-countries-reached-five-months'],
    // no function word is left last
    ['alpha beta and:joiner gamma', 14, 'alpha-beta'],
    // only names and numbers left: cut from the end
    ['ouyang-nana:name 2022:number 2023:number', 16, 'ouyang-nana-2022'],
  ])('fitSlug(%s, %d) => %s', (spec, max, expected) => expect(fitSlug(pieces(spec.replace(' may ', ' may:minor ')), max)).toBe(expected));

  it('keeps slugs valid and within the length limit', () => {
    const long = englishSlug('Regulators in Several Countries Propose Licensing Regimes for Crypto Custodians and Brokers Alike This Year');
    expect(long.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(isValidSlug(long)).toBe(true);
    expect(isValidSlug(englishSlug('x'.repeat(120)))).toBe(true);
    expect(englishSlug('x'.repeat(120))).toHaveLength(MAX_SLUG_LENGTH);
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
