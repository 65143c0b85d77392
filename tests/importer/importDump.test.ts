import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/core/articleSchema';
import { importDump } from '../../src/importer/importDump';
import { headlineKey } from '../../src/importer/sameText';
import { PROJECT_ROOT } from '../helpers/buildSite';

const read = (name: string) => readFileSync(join(PROJECT_ROOT, 'tests/fixtures/dumps', name), 'utf8');
const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');

/** Lines of each fixture that are junk or attribution, written out by hand: nothing else may disappear. */
const NOT_TEXT: Record<string, string[]> = {
  'en-wire-2020-03.txt': [
    'Also read: Mining Firms Relocate to Cheaper Grids',
    'What do you think of the proposed custody rules? Let us know in the comments section below.',
    'Images courtesy of Pixabay and the Canadian Securities Administrators.',
    'Did you know you can swap tokens instantly using our non-custodial exchange? The swap.CoinDaily.net desk supports dozens of pairs, and you can open an account with us in minutes.',
    'Marta Okafor',
    'Marta has written about payments and market structure since 2014. She is a graduate of the London School of Economics and lives in Lisbon.',
    'Like LEDGERWIRE? Send us a tip!',
    'Our Ethereum Address: 0x52908400098527886E0F7030069857D2E4169EE7',
    'Checking your browser before accessing the site.',
    'This process is automatic. Your browser will redirect to your requested content shortly.',
    'Please allow up to 5 seconds…',
    'Featured image from Unsplash.',
    'Why do I have to complete a CAPTCHA?',
    'Completing the CAPTCHA proves you are a human and gives you temporary access to the web property.',
    '/latest/2020/03/argentinas-central-bank-tightens-dollar-limits-crypto-demand-rises/',
    'argentinas-central-bank-tightens-dollar-limits-crypto-demand-rises',
    'Featured image by a street photographer on Unsplash.',
    '/news/2020/03/tax-office-guidance-staking/',
  ],
  'zh-wire-2020-03.txt': [
    '(制图:链闻观察)',
    '文 | 链闻观察·李晓东',
    '本文为【链闻观察】原创,原文链接:https://www.lianwen.example.cn/articles/8812,转载请注明出处!',
    '来源:金融时报',
    '原标题:“跨境贸易将率先受益”——专访财经大学教授王明远',
    '记者 陈静 刘洋',
    '58',
    '王明远',
    '(图片来源:视觉中国)',
    '请完成安全验证后继续访问',
    '检测到您的网络存在异常,请稍后再试',
  ],
  'wire-2021-09.txt': [
    'By Lena Park',
    'Read more: How Exchanges Keep Hot Wallets Small',
    'Photo: Reuters',
    'Subscribe to our newsletter to get the day’s top stories in your inbox.',
    '作者:周敏',
    '(图片来源:网络)',
    '未经授权,禁止转载。',
    'Please complete the security check to access the site.',
    'Ray ID: 6a1b2c3d4e5f',
  ],
  'mixed-2023-06.txt': [
    'By Priya Raman and Tom Becker',
    'What are your thoughts on the new licence? Share your thoughts in the comments below.',
  ],
};

describe('importDump on fixture dumps', () => {
  it('finds every article of an English dump from several sources, with attribution and briefs', () => {
    const { articles, removed } = importDump(read('en-wire-2020-03.txt'), { fallbackDate: '2020-03-12' });
    expect(articles.map((a) => [a.locale, a.slug, a.frontmatter.kind, a.frontmatter.date])).toEqual([
      ['en', 'regulators-in-ottawa-propose-licensing-regime-for-crypto-custodians', 'article', '2020-03-12'],
      ['en', 'payment-app-freezes-accounts-of-two-crypto-founders', 'article', '2020-03-10'],
      ['en', 'exchange-token-rallies-after-burn-announcement', 'brief', '2020-03-12'],
      ['en', 'miners-turn-to-flare-gas-as-power-prices-climb', 'article', '2020-03-12'],
      ['en', 'stablecoin-supply-hits-a-new-high', 'brief', '2020-03-12'],
      ['en', 'argentinas-central-bank-tightens-dollar-limits-crypto-demand-rises', 'article', '2020-03-12'],
      ['en', 'tax-office-issues-guidance-on-staking-rewards', 'article', '2020-03-12'],
    ]);
    expect(articles.map((a) => [a.frontmatter.authors, a.frontmatter.source])).toEqual([
      [['Marta Okafor'], { name: 'CoinDaily.net' }],
      [undefined, { name: 'LedgerWire' }],
      [undefined, undefined],
      [undefined, undefined],
      [undefined, undefined],
      [
        undefined,
        {
          name: 'CryptoGlobe',
          url: 'https://www.cryptoglobe.com/latest/2020/03/argentinas-central-bank-tightens-dollar-limits-crypto-demand-rises/',
        },
      ],
      // a bare path of a site the importer does not know: no URL rather than a guess
      [undefined, undefined],
    ]);
    expect(removed).toEqual({
      'repeated-headline': 6,
      'also-read': 1,
      'comment-prompt': 1,
      'image-credit': 3,
      promotion: 1,
      'author-bio': 1,
      'tip-jar': 2,
      interstitial: 5,
    });
  });

  it('finds every article of a Chinese dump, with its attribution and interview structure', () => {
    const { articles } = importDump(read('zh-wire-2020-03.txt'), { fallbackDate: '2020-03-12' });
    expect(articles.map((a) => [a.locale, a.frontmatter.title, a.frontmatter.kind, a.frontmatter.date])).toEqual([
      ['zh', '央行数字货币试点扩围：再添四个城市', 'article', '2020-03-09'],
      ['zh', '财经大学教授王明远：跨境贸易将率先受益于区块链', 'article', '2020-03-12'],
      ['zh', '比特币短线跳水：一小时内下跌百分之八', 'brief', '2020-03-12'],
    ]);
    expect(articles[0]!.frontmatter).toMatchObject({
      authors: ['李晓东'],
      source: { name: '链闻观察', url: 'https://www.lianwen.example.cn/articles/8812' },
    });
    expect(articles[1]!.frontmatter).toMatchObject({
      authors: ['陈静', '刘洋'],
      source: { name: '金融时报', title: '“跨境贸易将率先受益”——专访财经大学教授王明远' },
    });
    expect(articles[0]!.body).toContain('\n## 试点城市：从沿海走向内陆\n');
    expect(articles[1]!.body).toContain('\n## 贸易单据上链\n');
    expect(articles[1]!.body).toContain('\n**《金融时报》**：区块链最先会改变贸易的哪个环节？\n');
    expect(articles[1]!.body).toContain('\n**王明远**：当然。');
  });

  it('splits where the language changes and reads an English byline', () => {
    const { articles } = importDump(read('mixed-2023-06.txt'), { fallbackDate: '2023-06-05' });
    expect(articles.map((a) => [a.locale, a.frontmatter.title, a.frontmatter.date, a.frontmatter.authors])).toEqual([
      ['zh', '数字钱包新规征求意见：单日转账上限拟设为五万元', '2023-06-05', undefined],
      ['en', 'Hong Kong Exchange Wins Licence to Serve Retail Traders', '2023-06-02', ['Priya Raman', 'Tom Becker']],
    ]);
  });

  it('imports an unseen dump in another style with the right count, languages, titles and attribution', () => {
    const { articles, removed } = importDump(read('wire-2021-09.txt'), { fallbackDate: '2021-09-14' });
    expect(articles.map((a) => [a.locale, a.frontmatter.title, a.frontmatter.kind, a.frontmatter.date, a.frontmatter.authors])).toEqual([
      ['en', 'Exchange Halts Withdrawals Amid Wallet Upgrade', 'article', '2021-09-13', ['Lena Park']],
      ['zh', '数字藏品平台密集关停：监管趋严下的行业洗牌', 'article', '2021-09-10', ['周敏']],
      ['en', 'Stablecoin Issuer Publishes First Full Audit', 'brief', '2021-09-14', undefined],
    ]);
    expect(removed).toEqual({
      'repeated-headline': 2,
      'also-read': 1,
      'image-credit': 2,
      promotion: 1,
      'reprint-notice': 1,
      interstitial: 2,
    });
  });

  it.each(Object.keys(NOT_TEXT))('%s: no junk survives and every sentence of article text does', (name) => {
    const dump = read(name);
    const { articles } = importDump(dump, { fallbackDate: '2020-03-12' });
    const written = headlineKey(articles.map((a) => a.body).join('\n'));
    const paragraphs = new Set(articles.flatMap((a) => a.body.split('\n\n')).map(headlineKey));
    const titles = new Set(articles.map((a) => headlineKey(a.frontmatter.title)));
    const notText = new Set(NOT_TEXT[name]);
    for (const line of lines(dump)) {
      if (titles.has(headlineKey(line))) continue;
      const key = headlineKey(line.replace(/<[^>]*>/g, (tag) => tag.replace(/</g, 'lt').replace(/>/g, 'gt')));
      if (notText.has(line)) {
        // short junk (a caption name) may well occur inside real sentences; it must not stand as a paragraph
        if (line.length < 12) expect(paragraphs.has(headlineKey(line)), `junk survived: ${line}`).toBe(false);
        else expect(written, `junk survived: ${line}`).not.toContain(headlineKey(line));
      } else expect(written, `text lost: ${line}`).toContain(key);
    }
  });

  it.each(Object.keys(NOT_TEXT))('%s: every article fits the article schema', (name) => {
    for (const article of importDump(read(name), { fallbackDate: '2020-03-12' }).articles) {
      expect(articleSchema.safeParse(article.frontmatter).error).toBeUndefined();
    }
  });

  it('without --date, trusts only URL dates (a date in the text may be background)', () => {
    const { articles } = importDump(read('en-wire-2020-03.txt'));
    expect(articles.map((a) => a.frontmatter.date)).toEqual(['', '', '', '', '', '2020-03-01', '2020-03-01']);
    expect(articles[0]!.dateEvidence).toBeUndefined();
  });

  it('fixtures share no sentence with the seed dump', () => {
    const seed = readFileSync(join(PROJECT_ROOT, 'corpus/news-2019-11.txt'), 'utf8');
    const fixtures = Object.keys(NOT_TEXT).map(read).join('\n');
    const shared = lines(seed).filter((line) => line.length >= 20 && fixtures.includes(line));
    expect(shared).toEqual([]);
  });
});
