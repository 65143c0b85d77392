import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, PROJECT_ROOT } from '../helpers/buildSite';
import { loadPage } from '../helpers/html';
import { LOCALES } from '../../src/core/language/locales';
import { pagefindUrl } from '../../src/core/links/urls';
import { glossaryMatches } from '../../src/search/glossaryResult';
import { pagefindWasmUrl } from '../../src/search/pagefindWasm';
import { toSimplified } from '../../src/search/browser/toSimplified';
import { toSimplifiedText } from '../../src/search/simplifiedIndex';
import { nodePagefind, readFragments, type NodePagefind, type PagefindFragment } from '../helpers/pagefind';
import { serveStatic, type StaticServer } from '../helpers/serve';

// A real Pagefind index, built from the search fixture site (its own content
// folder, so the shared fixture site's counts stay as they are).
const FIXTURE = join(PROJECT_ROOT, 'tests/fixtures/search-site');

let outDir: string;
let log: string;
let server: StaticServer;
let fragments: (PagefindFragment & { language: string })[];
const pagefind: Record<'en' | 'zh', NodePagefind> = {} as never;

beforeAll(async () => {
  ({ outDir, stdout: log } = await buildSite(FIXTURE));
  server = await serveStatic(outDir);
  fragments = await readFragments(outDir);
  pagefind.en = await nodePagefind(outDir, server.url, 'en');
  pagefind.zh = await nodePagefind(outDir, server.url, 'zh');
});
afterAll(async () => {
  await server?.close();
});

const fragment = (url: string) => fragments.find((f) => f.url === url);
const urls = (hits: { url: string }[]) => hits.map((h) => h.url);
/** The article results only: the pinned rankings below are about articles (the glossary pages have tests of their own). */
const articleUrls = (hits: { url: string }[]) => urls(hits).filter((url) => !url.includes('/glossary/'));

describe('what is indexed', () => {
  it('indexes each language while the pages after it render (the index above is what it made)', () => {
    expect(log).toMatch(
      /Indexed 9 pages into pagefind\/ in [\d.]+s \(2 search bundles, 0 unchanged and copied from the cache\); en, zh indexed while pages rendered/,
    );
  });

  it('writes the sitemap while the search is still awaited, and records the cache after both', () => {
    const at = (line: RegExp) => log.search(line);
    const sitemap = at(/`sitemap-index\.xml` created/);
    const search = at(/Indexed \d+ pages into pagefind\//);
    const record = at(/Recorded \d+ cache files/);
    expect(Math.min(sitemap, search, record), 'all three lines are in the log').toBeGreaterThan(-1);
    expect(sitemap).toBeLessThan(search);
    expect(search).toBeLessThan(record);
  });

  it('indexes real articles and the glossary in their own language, and no fallback or list page', () => {
    expect(fragments.map((f) => `${f.language} ${f.url}`).sort()).toEqual([
      'en /en/articles/exchange-brief/',
      'en /en/articles/fed-stablecoins/',
      'en /en/glossary/',
      'zh-cn /zh/articles/fatf-rules/',
      'zh-cn /zh/articles/fed-stablecoins/',
      'zh-cn /zh/articles/petro-venezuela/',
      'zh-cn /zh/articles/slovakia-blockchain/',
      'zh-cn /zh/articles/tulip-mania/',
      'zh-cn /zh/glossary/',
    ]);
  });

  it('stores title, date, source, language and kind, and the topic, source, year and kind filters', () => {
    const en = fragment('/en/articles/fed-stablecoins/')!;
    expect(en.meta).toMatchObject({
      title: 'Federal Reserve official warns about stablecoins',
      date: '2019-11-18',
      source: 'Reuters',
      language: 'en',
      kind: 'article',
    });
    expect(en.filters).toEqual({ topic: ['regulation'], source: ['Reuters'], year: ['2019'], kind: ['article'] });
    expect(fragment('/en/articles/exchange-brief/')!.filters.kind).toEqual(['brief']);
    // A translation shows its own name of the source and files it under the id every name of the source shares.
    expect(fragment('/zh/articles/fed-stablecoins/')!).toMatchObject({ meta: { source: '路透社' }, filters: { source: ['Reuters'] } });
    expect(fragment('/zh/articles/petro-venezuela/')!.meta).toMatchObject({
      title: '委内瑞拉总统马杜罗力推石油币',
      language: 'zh',
      source: '新浪财经',
    });
  });

  it('keeps the title in the indexed text and leaves the page chrome out', () => {
    const en = fragment('/en/articles/fed-stablecoins/')!;
    expect(en.content.startsWith('Federal Reserve official warns about stablecoins.')).toBe(true);
    for (const chrome of ['Published', 'Reading time', 'On this page', 'Skip to content', 'Zhiku', '2019-11-18', 'Reuters']) {
      expect(en.content).not.toContain(chrome);
    }
    expect(en.anchors.map((a) => a.text)).toEqual(['Payment risks', 'Supervision']);
  });

  it('glues no two words together: every indexed word is a word of the article', async () => {
    for (const f of fragments.filter((f) => f.url.includes('/articles/'))) {
      const [lang, slug] = f.url
        .split('/')
        .filter(Boolean)
        .filter((_, i) => i !== 1);
      const source = await readFile(join(FIXTURE, 'articles', lang!, `${slug}.md`), 'utf8');
      const text = source.replace(/^---[\s\S]*?\n---\n/, '');
      const title = /title: (.*)/.exec(source)![1]!;
      const words = (s: string) =>
        s
          .toLowerCase()
          .split(/[^\p{L}\p{N}]+/u)
          .filter(Boolean);
      if (lang === 'en') {
        const vocabulary = new Set(words(`${title} ${text}`));
        const glued = words(f.content).filter((w) => !vocabulary.has(w));
        expect(glued, f.url).toEqual([]);
      } else {
        // Chinese has no spaces: each run between Pagefind's word breaks must occur in the source (in Simplified, as indexed).
        const whole = toSimplifiedText(`${title}\n${text}`).toLowerCase();
        const runs = f.content
          .toLowerCase()
          .split(/[\s\u200b.,，。、：；（）()#|-]+/u)
          .filter(Boolean);
        expect(
          runs.filter((r) => !whole.includes(r)),
          f.url,
        ).toEqual([]);
      }
    }
  });

  it('publishes the validated glossary as a small JSON file', async () => {
    const glossary = JSON.parse(await readFile(join(outDir, 'glossary.json'), 'utf8'));
    expect(glossary).toContainEqual({ zh: ['稳定币'], en: ['stablecoin', 'stablecoins'] });
  });

  it("names in pagefindWasmUrl the WebAssembly each language's entry file asks for, which the search page preloads", async () => {
    for (const locale of LOCALES) {
      const entry = JSON.parse(await readFile(join(outDir, pagefindUrl(locale), 'pagefind-entry.json'), 'utf8'));
      const [language] = Object.values(entry.languages) as { wasm: string | null }[];
      expect(pagefindWasmUrl(locale)).toBe(`${pagefindUrl(locale)}wasm.${language!.wasm ?? 'unknown'}.pagefind`);
      const page = await loadPage(outDir, `/${locale}/search/`);
      expect(page.querySelector(`link[rel=preload][href="${pagefindWasmUrl(locale)}"]`)).not.toBeNull();
    }
  });

  it('keeps the filter and metadata elements out of the article text on the page', async () => {
    const page = await loadPage(outDir, '/en/articles/fed-stablecoins/');
    const hidden = page.querySelectorAll('[data-pagefind-filter], [data-pagefind-meta], [data-pagefind-sort]');
    expect(hidden.length).toBeGreaterThan(0);
    for (const el of hidden) expect(el.closest('[data-pagefind-ignore]')).not.toBeNull();
    expect((await loadPage(outDir, '/en/articles/petro-venezuela/')).querySelector('[data-pagefind-body]')).toBeNull();
  });
});

// Pinned behaviour of Pagefind 1.6.0's Chinese segmentation and ranking: an upgrade must pass these.
describe('queries on the real index', () => {
  it.each([
    ['zh', '稳定币', '/zh/articles/fed-stablecoins/'],
    ['zh', '美联储 稳定币', '/zh/articles/fed-stablecoins/'],
    ['zh', '美联储稳定币', '/zh/articles/fed-stablecoins/'],
    ['zh', '石油币', '/zh/articles/petro-venezuela/'],
    ['zh', '马杜罗', '/zh/articles/petro-venezuela/'],
    ['zh', '委内瑞拉 马杜罗', '/zh/articles/petro-venezuela/'],
    ['zh', '斯洛伐克', '/zh/articles/slovakia-blockchain/'],
    ['zh', '朱幼平', '/zh/articles/slovakia-blockchain/'],
    ['zh', '金融壹账通', '/zh/articles/slovakia-blockchain/'],
    ['zh', '区块链', '/zh/articles/slovakia-blockchain/'],
    ['zh', 'FATF 规则', '/zh/articles/fatf-rules/'],
    ['zh', '旅行规则', '/zh/articles/fatf-rules/'],
    ['en', 'stablecoins', '/en/articles/fed-stablecoins/'],
    ['en', 'stablecoin', '/en/articles/fed-stablecoins/'],
    ['en', 'Federal Reserve', '/en/articles/fed-stablecoins/'],
    ['en', 'supervis', '/en/articles/fed-stablecoins/'],
    ['en', 'liquidity', '/en/articles/fed-stablecoins/'],
    ['en', 'Slovakia', '/en/articles/exchange-brief/'],
  ] as const)('%s: %s finds %s first', async (lang, query, url) => {
    expect(articleUrls(await pagefind[lang].search(query))[0]).toBe(url);
  });

  // Behaviour of Pagefind 1.6 worth knowing, pinned so that an upgrade that changes it is noticed (README, Search).
  it('finds a quoted Chinese phrase only when it is segmented like the text, and keeps its word order', async () => {
    expect(urls(await pagefind.zh.search('"美联储官员"'))).toEqual(['/zh/articles/fed-stablecoins/']);
    expect(urls(await pagefind.zh.search('"稳定币可能"'))).toEqual(['/zh/articles/fed-stablecoins/']);
    expect(await pagefind.zh.search('"联储官"')).toEqual([]);
    expect(await pagefind.zh.search('"官员美联储"')).toEqual([]);
    expect(urls(await pagefind.zh.search('官员美联储'))).toEqual(['/zh/articles/fed-stablecoins/']);
    expect(urls(await pagefind.en.search('"payment risks"'))).toEqual(['/en/articles/fed-stablecoins/']);
    expect(await pagefind.en.search('"risks payment"')).toEqual([]);
  });

  it('finds single characters and parts of names, and ignores words no page has', async () => {
    expect(articleUrls(await pagefind.zh.search('币')).sort()).toEqual(['/zh/articles/fed-stablecoins/', '/zh/articles/petro-venezuela/']);
    expect(urls(await pagefind.zh.search('幼平'))).toEqual(['/zh/articles/slovakia-blockchain/']);
    expect(articleUrls(await pagefind.zh.search('稳定币 长颈鹿'))).toEqual(['/zh/articles/fed-stablecoins/']);
    expect(articleUrls(await pagefind.en.search('stablecoin zebra'))).toEqual(['/en/articles/fed-stablecoins/']);
  });

  it('finds nothing for a word no article has', async () => {
    expect(await pagefind.en.search('zebra')).toEqual([]);
    expect(await pagefind.zh.search('长颈鹿')).toEqual([]);
  });

  it('keeps the two languages apart: an English word finds nothing in the Chinese index, a Chinese one only the glossary', async () => {
    expect(await pagefind.zh.search('liquidity')).toEqual([]);
    // The English glossary page lists each term's Chinese counterpart.
    expect(urls(await pagefind.en.search('石油币'))).toEqual(['/en/glossary/']);
  });

  it('filters by topic, year, source and kind, and sorts by date', async () => {
    expect(urls(await pagefind.zh.search(null, { filters: { topic: ['cbdc'] } }))).toEqual(['/zh/articles/petro-venezuela/']);
    expect(urls(await pagefind.zh.search(null, { filters: { year: ['2018'] } }))).toEqual(['/zh/articles/slovakia-blockchain/']);
    expect(urls(await pagefind.en.search(null, { filters: { source: ['CryptoGlobe'] } }))).toEqual(['/en/articles/exchange-brief/']);
    expect(urls(await pagefind.en.search(null, { filters: { kind: ['brief'] } }))).toEqual(['/en/articles/exchange-brief/']);
    expect(urls(await pagefind.zh.search(null, { sort: { date: 'desc' } }))).toEqual([
      '/zh/articles/fed-stablecoins/',
      '/zh/articles/petro-venezuela/',
      '/zh/articles/fatf-rules/',
      '/zh/articles/slovakia-blockchain/',
      '/zh/articles/tulip-mania/',
    ]);
    expect(await pagefind.en.filters()).toMatchObject({ year: { '2018': 1, '2019': 1 }, kind: { article: 1, brief: 1 } });
  });

  it('highlights Chinese matches in excerpts', async () => {
    const [hit] = await pagefind.zh.search('石油币');
    expect(hit!.excerpt.replace(/\u200b/g, '')).toMatch(/<mark>石油<\/mark>(<mark>)?币|<mark>石油币<\/mark>/);
  });
});

// An article written in Traditional characters (the fixture's tulip-mania): the index holds its text in Simplified,
// as the browser converts every query to Simplified (search/simplifiedIndex.ts, search/browser/toSimplified.ts).
describe('an article in Traditional characters', () => {
  const url = '/zh/articles/tulip-mania/';

  it.each([
    ['鬱金香泡沫', '郁金香'],
    ['郁金香泡沫', '郁金香'],
    ['鬱金香', '郁金香'],
    ['郁金香', '郁金香'],
    ['荷蘭', '荷兰'],
    ['球莖 價格', '价格'],
    ['球茎 价格', '价格'],
  ])('is found by %s, converted as the browser converts it, matching %s', async (typed, marked) => {
    const query = await toSimplified(typed);
    const [hit] = (await pagefind.zh.search(query)).filter((h) => !h.url.includes('/glossary/'));
    expect(hit?.url).toBe(url);
    // Found by that word itself, not only by another word of the query (泡沫 is the same in both scripts).
    expect(hit!.excerpt.replace(/\u200b/g, '')).toContain(`<mark>${marked}</mark>`);
  });

  it('is indexed in Simplified: its result shows a Simplified title and excerpt', async () => {
    const tulip = fragment(url)!;
    expect(tulip.meta.title).toBe('荷兰郁金香泡沫');
    expect(tulip.content.replace(/\u200b/g, '')).toContain('十七世纪荷兰的郁金香泡沫');
    expect(tulip.content).not.toMatch(/[鬱蘭價]/);
    const [hit] = await pagefind.zh.search('郁金香');
    expect(hit!.url).toBe(url);
    expect(hit!.excerpt.replace(/\u200b/g, '')).toMatch(/<mark>郁金香<\/mark>/);
  });

  it("keeps the page's own heading ids, so a section result opens the section", async () => {
    const page = await loadPage(outDir, url);
    expect(page.querySelector('h1')?.textContent).toBe('荷蘭鬱金香泡沫');
    const id = page.querySelector('h2')!.getAttribute('id')!;
    expect(id).toMatch(/鬱金香/);
    expect(fragment(url)!.anchors.map((a) => [a.id, a.text])).toEqual([[id, '郁金香的价格']]);
    const [hit] = await pagefind.zh.search('郁金香 价格');
    expect(hit!.sub_results.map((r) => decodeURI(r.url))).toContain(`${url}#${id}`);
  });
});

describe('glossary terms in the index', () => {
  /** The terms a search matched on a glossary page, best first, as the results show them. */
  const matchedTerms = async (lang: 'en' | 'zh', query: string, options?: object) => {
    const hit = (await pagefind[lang].search(query, options)).find((h) => h.url.includes('/glossary/'));
    return glossaryMatches(hit?.sub_results ?? []).map((sub) => sub.url);
  };

  it('stores each glossary page as the glossary kind, with one anchor per term', () => {
    const en = fragment('/en/glossary/')!;
    expect(en.meta).toMatchObject({ title: 'Glossary', language: 'en', kind: 'glossary' });
    expect(en.filters).toEqual({ kind: ['glossary'] });
    expect(en.anchors.map((a) => a.id)).toEqual(['blockchain', 'fatf', 'petro', 'stablecoin', 'venezuela']);
    expect(fragment('/zh/glossary/')!.anchors.map((a) => a.text)).toEqual(['金融行动特别工作组', '区块链', '石油币', '委内瑞拉', '稳定币']);
    // Term, counterpart, variants and definition are searchable; the page's labels are not.
    expect(en.content).toContain('stablecoin. 稳定币 stablecoins A token whose price is held steady');
    expect(en.content).not.toMatch(/Also written|terms with their/);
  });

  it('finds a term as a glossary result pointing at its anchor, in either language', async () => {
    expect(await matchedTerms('en', 'stablecoin')).toEqual(['/en/glossary/#stablecoin']);
    // Pagefind reads 稳定币 as 稳定 + 币, so 石油币 matches too, below it.
    expect(await matchedTerms('zh', '稳定币')).toEqual(['/zh/glossary/#stablecoin', '/zh/glossary/#petro']);
    expect((await matchedTerms('zh', '委内瑞拉'))[0]).toBe('/zh/glossary/#venezuela');
    // A counterpart finds the term on the reader's page: FATF on the Chinese page, 石油币 on the English one.
    expect(await matchedTerms('zh', 'FATF')).toEqual(['/zh/glossary/#fatf']);
    expect(await matchedTerms('en', '石油币')).toEqual(['/en/glossary/#petro']);
  });

  it('narrows a search to glossary terms with the kind filter, and leaves them out of a search sorted by date', async () => {
    expect(urls(await pagefind.en.search('stablecoin', { filters: { kind: ['glossary'] } }))).toEqual(['/en/glossary/']);
    expect(urls(await pagefind.zh.search(null, { filters: { kind: ['glossary'] } }))).toEqual(['/zh/glossary/']);
    expect(urls(await pagefind.en.search('stablecoin', { sort: { date: 'desc' } }))).toEqual(['/en/articles/fed-stablecoins/']);
    expect(await pagefind.en.filters()).toMatchObject({ kind: { article: 1, brief: 1, glossary: 1 } });
  });
});
