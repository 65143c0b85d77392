import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/core/articles/articleSchema';
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
  'dated-2022-05.txt': [
    '来源:链闻社',
    'By Ines Duarte',
    'Published: May 6, 2022',
    '作者:黄晓梅',
    'Please complete the security check to access the site.',
    'Ray ID: 7b2c3d4e5f6a',
  ],
  'mixed-2023-06.txt': [
    'By Priya Raman and Tom Becker',
    'What are your thoughts on the new licence? Share your thoughts in the comments below.',
  ],
};

describe('importDump on fixture dumps', () => {
  it('finds every article of an English dump from several sources, with attribution and briefs', () => {
    const { articles, removed } = importDump(read('en-wire-2020-03.txt'), { collectedOn: '2020-03-12' });
    expect(articles.map((a) => [a.locale, a.slug, a.frontmatter.kind, a.frontmatter.date])).toEqual([
      ['en', 'regulators-in-ottawa-propose-licensing-regime-for-crypto-custodians', 'article', '2020-03-12'],
      ['en', 'payment-app-freezes-accounts-of-two-crypto-founders', 'article', '2020-03-12'],
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
    const { articles } = importDump(read('zh-wire-2020-03.txt'), { collectedOn: '2020-03-12' });
    expect(articles.map((a) => [a.locale, a.frontmatter.title, a.frontmatter.kind, a.frontmatter.date])).toEqual([
      ['zh', '央行数字货币试点扩围：再添四个城市', 'article', '2020-03-12'],
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
    const { articles } = importDump(read('mixed-2023-06.txt'), { collectedOn: '2023-06-05' });
    expect(articles.map((a) => [a.locale, a.frontmatter.title, a.frontmatter.date, a.frontmatter.authors])).toEqual([
      ['zh', '数字钱包新规征求意见：单日转账上限拟设为五万元', '2023-06-05', undefined],
      ['en', 'Hong Kong Exchange Wins Licence to Serve Retail Traders', '2023-06-05', ['Priya Raman', 'Tom Becker']],
    ]);
  });

  it('imports an unseen dump in another style with the right count, languages, titles and attribution', () => {
    const { articles, removed } = importDump(read('wire-2021-09.txt'), { collectedOn: '2021-09-14' });
    expect(articles.map((a) => [a.locale, a.frontmatter.title, a.frontmatter.kind, a.frontmatter.date, a.frontmatter.authors])).toEqual([
      ['en', 'Exchange Halts Withdrawals Amid Wallet Upgrade', 'article', '2021-09-14', ['Lena Park']],
      ['zh', '数字藏品平台密集关停：监管趋严下的行业洗牌', 'article', '2021-09-14', ['周敏']],
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

  it('dates an article only from its URL, its dateline or a published line; anything else is the collection day', () => {
    const dated = importDump(read('dated-2022-05.txt'), { collectedOn: '2022-05-12' }).articles;
    expect(dated.map((a) => [a.frontmatter.title.slice(0, 25), a.frontmatter.date, a.frontmatter.dateFrom])).toEqual([
      ['上海试点数字人民币跨境支付：首批三家银行参与', '2022-05-09', 'text'], // 链闻社上海5月9日电
      ['Central Bank of Singapore', '2022-05-10', 'text'], // SINGAPORE, May 10 (Ledger Daily) -
      ['Wallet Maker Adds Passkey', '2022-05-06', 'text'], // Published: May 6, 2022 (not "on Friday")
      ['交易所创始人陈立新：稳定币储备将每月公开', '2022-05-12', 'collected'], // 5月8日,… is an event; 周五 a weekday
      ['Mining Pool Publishes Its', '2022-05-12', 'collected'],
    ]);
    // event dates and weekdays in other sources' text: "On Tuesday (March 10, 2020)", 3月9日新华社报道, "said on 13 September 2021", 9月10日,…
    const others = [
      ['en-wire-2020-03.txt', '2020-03-12'],
      ['zh-wire-2020-03.txt', '2020-03-12'],
      ['wire-2021-09.txt', '2021-09-14'],
      ['mixed-2023-06.txt', '2023-06-05'],
    ] as const;
    for (const [name, day] of others) {
      for (const a of importDump(read(name), { collectedOn: day }).articles)
        expect([name, a.frontmatter.date, a.frontmatter.dateFrom]).toEqual([name, day, 'collected']);
    }
  });

  it('shortens long headlines by their function words and spells Chinese ones as word-joined pinyin with names', () => {
    const slugs = (name: string, day: string) => importDump(read(name), { collectedOn: day }).articles.map((a) => a.slug);
    expect(slugs('dated-2022-05.txt', '2022-05-12')).toEqual([
      'shanghai-shi-dian-shuzi-renminbi-kua-jing-zhifu-shou-pi-sanjia-yinhang-canyu',
      // "Central Bank of Singapore and Three Lenders Will Also Have to Report Every Crypto Transfer Above S$1,000": 100 characters
      'central-bank-singapore-three-lenders-report-every-crypto-transfer-above-s-1000',
      'wallet-maker-adds-passkey-login-after-phishing-wave',
      'jiaoyisuo-chuangshi-ren-chen-lixin-wendingbi-chubei-jiang-meiyue-gongkai',
      'mining-pool-publishes-its-first-energy-report',
    ]);
    expect(slugs('zh-wire-2020-03.txt', '2020-03-12')).toEqual([
      'yanghang-shuzi-huobi-shi-dian-kuo-wei-zai-tian-si-ge-chengshi',
      'caijing-daxue-jiaoshou-wang-mingyuan-kua-jing-maoyi-lvxian-shouyi-yu-qukuailian',
      'bitebi-duan-xian-tiaoshui-yi-xiaoshi-nei-xiadie-baifen-zhi-ba',
    ]);
  });

  it('takes a Chinese article’s slug from the English title of its translation, when one exists', () => {
    const englishTitles = new Map([
      [headlineKey('财经大学教授王明远：跨境贸易将率先受益于区块链'), 'Professor Wang Mingyuan: Cross-Border Trade Will Gain First'],
    ]);
    const { articles } = importDump(read('zh-wire-2020-03.txt'), { collectedOn: '2020-03-12', englishTitles });
    expect(articles.map((a) => a.slug)).toEqual([
      'yanghang-shuzi-huobi-shi-dian-kuo-wei-zai-tian-si-ge-chengshi',
      'professor-wang-mingyuan-cross-border-trade-will-gain-first',
      'bitebi-duan-xian-tiaoshui-yi-xiaoshi-nei-xiadie-baifen-zhi-ba',
    ]);
  });

  it('flags sentences that refer to an embedded post the dump lost, in both languages and several sources, and keeps them', () => {
    const flagged = (name: string) =>
      importDump(read(name), { collectedOn: '2022-05-12' }).articles.flatMap((a) => a.lostEmbeds.map((e) => [e.line, e.sentence]));
    expect(flagged('dated-2022-05.txt')).toEqual([
      [7, '市金融局负责人在以下推文中表示,试点将分三期推进,第一期只面向进出口企业。'],
      [17, 'The video below shows the deputy governor explaining the threshold at a press briefing.'],
      [37, '下图为储备构成。'],
    ]);
    expect(flagged('en-wire-2020-03.txt')).toEqual([[49, 'The notice itself is in the tweet below, which has since been deleted.']]);
    for (const name of ['zh-wire-2020-03.txt', 'wire-2021-09.txt', 'mixed-2023-06.txt']) expect(flagged(name)).toEqual([]);
    const payment = importDump(read('en-wire-2020-03.txt'), { collectedOn: '2020-03-12' }).articles[1]!;
    expect(payment.body).toContain('The notice itself is in the tweet below, which has since been deleted.');
  });

  it('flags the charts and graphics the dump lost by their credit line, and no photo credits, in every dump', () => {
    const flagged = (name: string) =>
      importDump(read(name), { collectedOn: '2022-05-12' }).articles.flatMap((a) => a.lostGraphics.map((g) => [g.line, g.credit]));
    expect(flagged('zh-wire-2020-03.txt')).toEqual([[7, '(制图:链闻观察)']]);
    // Photo credits only: Images courtesy…, Featured image…, Photo: Reuters, (图片来源:网络).
    for (const name of ['en-wire-2020-03.txt', 'wire-2021-09.txt', 'mixed-2023-06.txt', 'dated-2022-05.txt'])
      expect(flagged(name)).toEqual([]);
  });

  it.each(Object.keys(NOT_TEXT))('%s: no junk survives and every sentence of article text does', (name) => {
    const dump = read(name);
    const { articles } = importDump(dump, { collectedOn: '2020-03-12' });
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
    for (const article of importDump(read(name), { collectedOn: '2020-03-12' }).articles) {
      expect(articleSchema.safeParse(article.frontmatter).error).toBeUndefined();
    }
  });

  it('without --date, trusts only a full date in the URL or one the text states for itself', () => {
    // a URL with only a month names no day; a date in running text may be an event's
    expect(importDump(read('en-wire-2020-03.txt')).articles.map((a) => a.dateEvidence)).toEqual(Array(7).fill(undefined));
    expect(importDump(read('dated-2022-05.txt')).articles.map((a) => a.dateEvidence?.date)).toEqual([
      undefined, // 链闻社上海5月9日电: a dateline without a year needs the collection day
      undefined,
      '2022-05-06', // Published: May 6, 2022
      undefined,
      undefined,
    ]);
  });

  it('fixtures share no sentence with the seed dump', () => {
    const seed = readFileSync(join(PROJECT_ROOT, 'corpus/news-2019-11.txt'), 'utf8');
    const fixtures = Object.keys(NOT_TEXT).map(read).join('\n');
    const shared = lines(seed).filter((line) => line.length >= 20 && fixtures.includes(line));
    expect(shared).toEqual([]);
  });
});
