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
  await copyFile(join(PROJECT_ROOT, 'content/topics.yaml'), join(content, 'topics.yaml'));
  for (const dump of ['en-wire-2020-03.txt', 'zh-wire-2020-03.txt']) {
    await run(
      process.execPath,
      [
        join(PROJECT_ROOT, 'node_modules/tsx/dist/cli.mjs'),
        'scripts/import.ts',
        `tests/fixtures/dumps/${dump}`,
        '--out',
        join(content, 'articles'),
        '--date',
        '2020-03-12',
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
    const page = await loadPage(outDir, '/zh/articles/cai-jing-da-xue-jiao-shou-wang-ming-yuan-kua-jing-mao-yi-jiang-lv-xian-shou-yi/');
    expect(page.querySelectorAll('.prose strong').map(visibleText)).toEqual(['《金融时报》', '王明远', '《金融时报》', '王明远']);
    expect(headingTexts(page)).toContain('贸易单据上链');
    expect(visibleText(page.querySelector('.article-facts'))).toContain('“跨境贸易将率先受益”——专访财经大学教授王明远');
    const other = await loadPage(outDir, '/zh/articles/yang-xing-shu-zi-huo-bi-shi-dian-kuo-wei-zai-tian-si-ge-cheng-shi/');
    expect(other.querySelector('.article-facts a[href="https://www.lianwen.example.cn/articles/8812"]')).not.toBeNull();
    expect(visibleText(other.querySelector('.prose'))).not.toMatch(/制图|转载请注明|原文链接/);
  });

  it('publishes a brief with its headline and a brief notice, not an empty page', async () => {
    const page = await loadPage(outDir, '/en/articles/exchange-token-rallies-after-burn-announcement/');
    expect(visibleText(page.querySelector('h1'))).toBe('Exchange Token Rallies After Burn Announcement');
    expect(page.querySelector('.brief-notice')).not.toBeNull();
    expect(visibleText(page.querySelector('.prose'))).toBe('');
  });
});
