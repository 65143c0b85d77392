import { describe, expect, inject, it } from 'vitest';
import { loadPage, visibleText } from '../helpers/html';

// The glossary pages of the shared fixture site (tests/fixtures/site/glossary.yaml).
const outDir = inject('fixtureSiteDir');

const terms = async (path: string) =>
  (await loadPage(outDir, path)).querySelectorAll('.glossary-entry').map((entry) => ({
    id: entry.querySelector('h3')!.id,
    term: visibleText(entry.querySelector('dfn')),
    counterpart: entry.querySelector('.glossary-counterpart')!,
    variants: visibleText(entry.querySelector('.glossary-variants')),
    definition: entry.querySelector('.glossary-definition'),
    note: entry.querySelector('.glossary-note'),
  }));

describe('the glossary pages', () => {
  it("list every term in the reader's language's order, under its letter, each with its id as anchor", async () => {
    const en = await terms('/en/glossary/');
    expect(en.map((t) => `${t.id} ${t.term}`)).toEqual([
      'bank-run bank run',
      'cbdc CBDC',
      'distributed-ledger distributed ledger',
      'reserve-assets reserves',
      'stablecoin stablecoin',
      '3d-printing 3D printing',
    ]);
    const zh = await terms('/zh/glossary/');
    // Pinyin: chu bei, fen bu, ji dui, wen ding, yang hang; 3D打印 under '#', last.
    expect(zh.map((t) => t.term)).toEqual(['储备', '分布式账本', '挤兑', '稳定币', '央行数字货币', '3D打印']);
    const page = await loadPage(outDir, '/zh/glossary/');
    expect(page.querySelectorAll('.glossary-letter').map((h) => visibleText(h))).toEqual(['C', 'F', 'J', 'W', 'Y', '#']);
    // The letter index jumps to the first term of each letter.
    expect(page.querySelectorAll('.glossary-index a').map((a) => `${a.text}${a.getAttribute('href')}`)).toEqual([
      'C#reserve-assets',
      'F#distributed-ledger',
      'J#bank-run',
      'W#stablecoin',
      'Y#cbdc',
      '##3d-printing',
    ]);
  });

  it('mark the counterpart with its language and show the variants of the page’s language', async () => {
    const cbdc = (await terms('/zh/glossary/')).find((t) => t.id === 'cbdc')!;
    expect(cbdc.counterpart.getAttribute('lang')).toBe('en');
    expect(visibleText(cbdc.counterpart)).toBe('CBDC');
    expect(cbdc.variants).toBe('又作： 法定数字货币');
    const stablecoin = (await terms('/en/glossary/')).find((t) => t.id === 'stablecoin')!;
    expect(stablecoin.counterpart.getAttribute('lang')).toBe('zh-CN');
    expect(stablecoin.variants).toBe('Also written: stablecoins');
  });

  it("give the definition in the reader's language, or the other one marked with its language", async () => {
    const en = await terms('/en/glossary/');
    const zh = await terms('/zh/glossary/');
    const definition = (list: typeof en, id: string) => list.find((t) => t.id === id)!.definition;
    expect(visibleText(definition(en, 'stablecoin'))).toBe('A token that keeps a steady price by holding reserves.');
    expect(visibleText(definition(zh, 'stablecoin'))).toBe('以储备资产维持价格稳定的代币。');
    expect(definition(zh, 'stablecoin')!.querySelector('[lang]')).toBeNull();
    // Only in English: the Chinese page shows it in English, says so, and marks its language.
    const fallback = definition(zh, 'cbdc')!;
    expect(fallback.querySelector('span[lang="en"]')!.text).toBe('Money a central bank issues in digital form.');
    expect(fallback.querySelector('.lang-badge')!.getAttribute('title')).toBe('English');
    expect(definition(en, 'distributed-ledger')!.querySelector('span[lang="zh-CN"]')!.text).toBe(
      '由多个参与者共同保存、无需中心管理者的账本。',
    );
    expect(definition(en, 'reserve-assets')).toBeNull();
    const note = zh.find((t) => t.id === 'distributed-ledger')!.note!;
    expect(visibleText(note)).toBe('说明： A blockchain is one kind of distributed ledger. EN');
  });

  it('show markup in the glossary as text', async () => {
    const bankRun = (await terms('/en/glossary/')).find((t) => t.id === 'bank-run')!;
    expect(bankRun.definition!.querySelector('em')).toBeNull();
    expect(visibleText(bankRun.definition)).toBe('When depositors <em>all</em> withdraw at once & the bank runs dry.');
  });

  it('are in the header navigation of every page, current on their own', async () => {
    for (const [path, glossary, label] of [
      ['/en/', '/en/glossary/', 'Glossary'],
      ['/zh/articles/stablecoin-risks/', '/zh/glossary/', '术语'],
      ['/zh/glossary/', '/zh/glossary/', '术语'],
    ] as const) {
      const link = (await loadPage(outDir, path)).querySelector(`.main-nav a[href="${glossary}"]`);
      expect(visibleText(link), path).toBe(label);
      expect(link!.getAttribute('aria-current'), path).toBe(path === glossary ? 'page' : undefined);
    }
  });

  it('are indexed for search as the glossary kind, their chrome left out', async () => {
    const page = await loadPage(outDir, '/en/glossary/');
    const body = page.querySelector('[data-pagefind-body]')!;
    expect(body.querySelector('h1')!.text).toBe('Glossary');
    expect(body.querySelectorAll('[data-pagefind-filter]').map((f) => `${f.getAttribute('data-pagefind-filter')}:${f.text}`)).toEqual([
      'kind:glossary',
    ]);
    for (const chrome of ['.glossary-index', '.glossary-letter'])
      expect(body.querySelector(chrome)!.hasAttribute('data-pagefind-ignore')).toBe(true);
    expect(page.querySelector('link[rel="alternate"][hreflang="zh-CN"]')!.getAttribute('href')).toMatch(/\/zh\/glossary\/$/);
  });
});

describe('<Term> in an MDX article', () => {
  const termsOf = async (path: string) =>
    (await loadPage(outDir, path)).querySelectorAll('.prose a.term').map((a) => ({
      href: a.getAttribute('href'),
      text: a.childNodes[0]!.textContent,
      tip: a.querySelector('.term-tip')!,
    }));

  it('shows the term in the article’s language, offers the counterpart marked with its language, and links to the glossary', async () => {
    const en = await termsOf('/en/articles/components-tour/');
    expect(
      en.map((t) => [t.href, t.text, t.tip.querySelector('[lang]')!.getAttribute('lang'), t.tip.querySelector('[lang]')!.text]),
    ).toEqual([
      ['/en/glossary/#stablecoin', 'stablecoin', 'zh-CN', '稳定币'],
      ['/en/glossary/#cbdc', 'money a central bank issues', 'zh-CN', '央行数字货币'],
    ]);
    const zh = await termsOf('/zh/articles/components-tour/');
    expect(
      zh.map((t) => [t.href, t.text, t.tip.querySelector('[lang]')!.getAttribute('lang'), t.tip.querySelector('[lang]')!.text]),
    ).toEqual([
      ['/zh/glossary/#stablecoin', '稳定币', 'en', 'stablecoin'],
      ['/zh/glossary/#cbdc', '中央银行发行的货币', 'en', 'CBDC'],
    ]);
  });

  it('makes the counterpart part of the link’s name, keeps it out of the search index, and adds no space to the sentence', async () => {
    const [stablecoin] = await termsOf('/en/articles/components-tour/');
    expect(visibleText(stablecoin!.tip.parentNode)).toBe('stablecoin (稳定币)');
    expect(stablecoin!.tip.hasAttribute('data-pagefind-ignore')).toBe(true);
    const zh = (await loadPage(outDir, '/zh/articles/components-tour/')).querySelector('.prose')!.innerHTML;
    expect(zh).toContain('文中也提到术语：<a class="term" href="/zh/glossary/#stablecoin">稳定币<span');
    expect(zh).toMatch(/<\/a>不是<a class="term"/);
  });
});
