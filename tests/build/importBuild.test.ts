import { execFile } from 'node:child_process';
import { copyFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, PROJECT_ROOT } from '../helpers/buildSite';
import type { HTMLElement } from 'node-html-parser';
import { loadPage, visibleText } from '../helpers/html';

const run = promisify(execFile);
/** Heading texts without the autolinked anchor mark the site adds. */
const headingTexts = (page: HTMLElement) => page.querySelectorAll('.prose h2').map((h) => visibleText(h).replace(/#$/, '').trim());

/** Imports the fixture dumps with the real CLI into a fresh content folder, then builds the site from it. */
let outDir: string;
beforeAll(async () => {
  const content = await mkdtemp(join(tmpdir(), 'zhiku-imported-'));
  await copyFile(join(PROJECT_ROOT, 'tests/fixtures/site/topics.yaml'), join(content, 'topics.yaml'));
  for (const [dump, collected] of [
    ['en-wire-2020-03.txt', '2020-03-12'],
    ['zh-wire-2020-03.txt', '2020-03-12'],
    ['dated-2022-05.txt', '2022-05-12'],
  ]) {
    await run(
      process.execPath,
      [
        join(PROJECT_ROOT, 'node_modules/tsx/dist/cli.mjs'),
        'scripts/import.ts',
        `tests/fixtures/dumps/${dump}`,
        '--out',
        join(content, 'articles'),
        '--date',
        collected!,
      ],
      { cwd: PROJECT_ROOT, env: { ...process.env, INIT_CWD: PROJECT_ROOT } },
    );
  }
  ({ outDir } = await buildSite(content));
}, 240_000);

describe('an imported dump, built into the site', () => {
  it('shows raw HTML from the dump as text, never as markup', async () => {
    const page = await loadPage(outDir, '/en/articles/payment-app-freezes-accounts-of-two-crypto-founders/');
    const prose = page.querySelector('.prose')!;
    // `.text` decodes entities the way a browser shows them; the site's typographer may curl the quotes
    expect(prose.text.replace(/\s+/g, ' ')).toMatch(/Some users joked that <script>alert\(["“]frozen["”]\)<\/script> would be/);
    expect(prose.querySelectorAll('script')).toHaveLength(0);
    expect(prose.innerHTML).toMatch(/(&lt;|&#x3C;|&#60;)script/i);
    expect(prose.innerHTML).not.toMatch(/<script/i);
  });

  it('keeps Markdown characters in the text as text', async () => {
    const page = await loadPage(outDir, '/en/articles/miners-turn-to-flare-gas-as-power-prices-climb/');
    const prose = page.querySelector('.prose')!;
    expect(visibleText(prose)).toContain('* Not a list item, and [not a link](https://example.com) either, just 2*3 and snake_case text.');
    expect(prose.querySelectorAll('ul, em, strong')).toHaveLength(0);
    expect(prose.querySelectorAll('a').filter((a) => a.text === 'not a link')).toHaveLength(0);
  });

  it('renders subheadings, blockquotes and attribution', async () => {
    const page = await loadPage(outDir, '/en/articles/regulators-in-ottawa-propose-licensing-regime-for-crypto-custodians/');
    expect(headingTexts(page)).toContain('Custody Rules Tighten');
    expect(visibleText(page.querySelector('.prose blockquote'))).toBe(
      'We will not lower the bar for anyone who holds other people’s money.',
    );
    const facts = visibleText(page.querySelector('.article-facts'));
    expect(facts).toContain('Marta Okafor');
    expect(facts).toContain('CoinDaily.net');
    const text = visibleText(page.querySelector('.prose'));
    for (const junk of [
      'Also read',
      'Let us know in the comments',
      'Images courtesy',
      'non-custodial exchange',
      'London School of Economics',
    ]) {
      expect(text).not.toContain(junk);
    }
  });

  it('renders an interview with bold speakers and links the original source', async () => {
    const page = await loadPage(outDir, '/zh/articles/caijing-daxue-jiaoshou-wang-mingyuan-kua-jing-maoyi-lvxian-shouyi-yu-qukuailian/');
    expect(page.querySelectorAll('.prose strong').map(visibleText)).toEqual(['《金融时报》', '王明远', '《金融时报》', '王明远']);
    expect(headingTexts(page)).toContain('贸易单据上链');
    expect(visibleText(page.querySelector('.article-facts'))).toContain('“跨境贸易将率先受益”——专访财经大学教授王明远');
    const other = await loadPage(outDir, '/zh/articles/yanghang-shuzi-huobi-shi-dian-kuo-wei-zai-tian-si-ge-chengshi/');
    expect(other.querySelector('.article-facts a[href="https://www.lianwen.example.cn/articles/8812"]')).not.toBeNull();
    expect(visibleText(other.querySelector('.prose'))).not.toMatch(/制图|转载请注明|原文链接/);
  });

  it('publishes a brief with its headline and a notice saying what happened and where to go, not an empty page', async () => {
    const page = await loadPage(outDir, '/en/articles/exchange-token-rallies-after-burn-announcement/');
    expect(visibleText(page.querySelector('h1'))).toBe('Exchange Token Rallies After Burn Announcement');
    expect(visibleText(page.querySelector('.prose'))).toBe('');
    const notice = page.querySelector('.brief-notice')!;
    expect(visibleText(notice)).toMatch(
      /^Only this article’s headline could be retrieved: .* Its source is not known\. Search this site for the headline$/,
    );
    expect(notice.querySelector('a')?.getAttribute('href')).toBe('/en/search/?q=Exchange%20Token%20Rallies%20After%20Burn%20Announcement');
    const zh = await loadPage(outDir, '/zh/articles/bitebi-duan-xian-tiaoshui-yi-xiaoshi-nei-xiadie-baifen-zhi-ba/');
    expect(visibleText(zh.querySelector('.brief-notice'))).toMatch(/^本文仅获取到标题：.*出处不详。\s*在本站搜索这一标题$/);
    expect(decodeURIComponent(zh.querySelector('.brief-notice a')!.getAttribute('href')!)).toBe(
      '/zh/search/?q=比特币短线跳水：一小时内下跌百分之八',
    );
    // lists name it by what it is
    const archive = await loadPage(outDir, '/zh/archive/');
    expect(archive.querySelectorAll('.kind-badge').map(visibleText)).toContain('仅标题');
  });

  it('says "Published" only for a date with evidence, "Collected on" for a collection day, on the page and in its metadata', async () => {
    const facts = async (url: string) => {
      const page = await loadPage(outDir, url);
      const json = JSON.parse(page.querySelector('script[type="application/ld+json"]')!.text) as Record<string, unknown>;
      return {
        label: visibleText(page.querySelector('.article-facts dt')),
        day: page.querySelector('.article-facts time')?.getAttribute('datetime'),
        datePublished: json.datePublished,
        publishedTime: page.querySelector('meta[property="article:published_time"]')?.getAttribute('content'),
      };
    };
    // Published: May 6, 2022 (a published line), 链闻社上海5月9日电 (a dateline); the English page of the Chinese original too
    expect(await facts('/en/articles/wallet-maker-adds-passkey-login-after-phishing-wave/')).toEqual({
      label: 'Published',
      day: '2022-05-06',
      datePublished: '2022-05-06',
      publishedTime: '2022-05-06T00:00:00.000Z',
    });
    for (const [lang, label] of [
      ['zh', '发布于'],
      ['en', 'Published'],
    ]) {
      expect(await facts(`/${lang}/articles/shanghai-shi-dian-shuzi-renminbi-kua-jing-zhifu-shou-pi-sanjia-yinhang-canyu/`)).toMatchObject({
        label,
        day: '2022-05-09',
        datePublished: '2022-05-09',
      });
    }
    // an event date in the text ("On Tuesday (March 10, 2020)", 3月9日新华社报道) is not the article's: collected
    for (const [url, label] of [
      ['/en/articles/payment-app-freezes-accounts-of-two-crypto-founders/', 'Collected on'],
      ['/zh/articles/payment-app-freezes-accounts-of-two-crypto-founders/', '收录于'],
      ['/zh/articles/yanghang-shuzi-huobi-shi-dian-kuo-wei-zai-tian-si-ge-chengshi/', '收录于'],
    ]) {
      expect(await facts(url!), url).toEqual({ label, day: '2020-03-12', datePublished: undefined, publishedTime: undefined });
    }
  });
});
