/**
 * A republish indexes only what changed into each language's delta bundle, and hides the
 * older bundle's copies of the changed and removed pages (search/searchDelta.ts): the
 * search fixture is built with a kept cache, one article edited in each language and one
 * removed, and built again with that cache. Chromium then searches the republished site
 * as a reader does: by the edited articles' new words, their removed words, the removed
 * article's words, and words of pages that did not change. The site is built with `base: /kb/`
 * and served under /kb/ only, so the bundles, the delta and bundles.json are fetched under it.
 */
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser } from '../helpers/browser';
import { buildSite, PROJECT_ROOT } from '../helpers/buildSite';
import { serveStatic, type StaticServer } from '../helpers/serve';

const FIXTURE = join(PROJECT_ROOT, 'tests/fixtures/search-site');
const BASE = '/kb/';

describe.runIf(browserAvailable())('search after a republish that indexed a delta', () => {
  let browser: Browser;
  let server: StaticServer;
  let outDir: string;
  let log: string;
  /** The path of every response the search pages got. */
  const responses: { path: string; status: number }[] = [];
  /** Builds the edited content again with the kept cache. */
  let build: (env: Record<string, string>) => Promise<{ outDir: string; stdout: string }>;
  let cacheDir: string;
  /** The page URL a hidden id names in a built site's bundle. */
  const urlOf = async (site: string, id: string) => {
    const bundle = id.startsWith('en_') ? 'en' : 'zh';
    const bytes = gunzipSync(await readFile(join(site, 'pagefind', bundle, 'fragment', `${id}.pf_fragment`)));
    return (JSON.parse(bytes.subarray('pagefind_dcd'.length).toString()) as { url: string }).url;
  };

  beforeAll(async () => {
    const work = await mkdtemp(join(PROJECT_ROOT, 'node_modules/.cache/zhiku-search-delta-'));
    const content = join(work, 'content');
    cacheDir = join(work, 'cache');
    const env = { ZHIKU_CACHE_DIR: cacheDir };
    await cp(FIXTURE, content, { recursive: true });
    await writeFile(
      join(content, 'site.yaml'),
      `name: { en: Zhiku, zh: 知库 }\ndescription: { en: Search deltas., zh: 搜索增量。 }\nbase: ${BASE}\n`,
    );
    const [, launched] = await Promise.all([buildSite(content, env), launchBrowser()]);
    browser = launched;
    const edit = async (path: string, from: string, to: string) => {
      const file = join(content, 'articles', path);
      const text = await readFile(file, 'utf8');
      expect(text).toContain(from);
      await writeFile(file, text.replace(from, to));
    };
    await edit('en/fed-stablecoins.md', '- Liquidity runs', '- Zorbulent runs');
    await edit('zh/petro-venezuela.md', '退休人员', '航天工程师');
    await rm(join(content, 'articles/zh/slovakia-blockchain.md'));
    const republished = await buildSite(content, env);
    ({ outDir } = republished);
    log = republished.stdout;
    server = await serveStatic(outDir, { base: BASE });
    build = (extra) => buildSite(content, { ...env, ...extra });
    return () => rm(work, { recursive: true, force: true });
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), server?.close()]);
  });

  let page: Page | undefined;

  /** The article results a search page shows for a query once its search has settled (the glossary page left out). */
  async function search(lang: 'en' | 'zh', query: string): Promise<string[]> {
    if (!page) {
      // One page for all searches: each opens the search page again, with Pagefind's files in the browser's cache.
      page = await (await browser.newContext()).newPage();
      page.on('response', (r) => responses.push({ path: new URL(r.url()).pathname, status: r.status() }));
      await page.addInitScript(() => {
        document.addEventListener('search-settled', () => ((window as { settled?: boolean }).settled = true));
      });
    }
    await page.goto(`${server.url}${BASE}${lang}/search/?q=${encodeURIComponent(query)}`);
    await page.waitForFunction(() => (window as { settled?: boolean }).settled === true, undefined, { timeout: 15_000 });
    return page
      .locator('main .search-result-title')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname).filter((path) => !path.includes('/glossary/')))
      .then((paths) => paths.map((path) => (path.startsWith(BASE) ? path.slice(BASE.length - 1) : `outside ${BASE}: ${path}`)));
  }

  it('indexed only the changed pages, into a delta per language, and lists the pages it hides', async () => {
    expect(log).toMatch(/Search deltas \(changes since the last full index\): en 1 pages, 1 hidden; zh 2 pages, 2 hidden/);
    const manifest = JSON.parse(await readFile(join(outDir, 'pagefind/bundles.json'), 'utf8')) as Record<string, string[]>;
    expect(manifest.en).toEqual(['/pagefind/en/', '/pagefind/en-delta/']);
    expect(manifest.zh).toEqual(['/pagefind/zh/', '/pagefind/zh-delta/']);
    // Each hidden id is the older bundle's copy of an edited or removed article.
    expect(await Promise.all(manifest.hidden!.map((id) => urlOf(outDir, id)))).toEqual(
      expect.arrayContaining(['/en/articles/fed-stablecoins/', '/zh/articles/petro-venezuela/', '/zh/articles/slovakia-blockchain/']),
    );
    expect(manifest.hidden).toHaveLength(3);
  });

  it('finds an edited English article by its new word, no longer by the word removed, and unchanged articles as before', async () => {
    expect(await search('en', 'zorbulent')).toEqual(['/en/articles/fed-stablecoins/']);
    expect(await search('en', 'liquidity')).toEqual([]);
    // Found once, though both the older bundle and the delta hold a copy of it.
    expect(await search('en', 'stablecoins')).toEqual(['/en/articles/fed-stablecoins/']);
    expect(await search('en', 'Slovakia')).toEqual(['/en/articles/exchange-brief/']);
  });

  it('finds an edited Chinese article by its new word, no longer by the word removed nor a removed article at all', async () => {
    expect(await search('zh', '航天')).toEqual(['/zh/articles/petro-venezuela/']);
    expect(await search('zh', '退休')).toEqual([]);
    expect(await search('zh', '朱幼平')).toEqual([]);
    expect(await search('zh', '马杜罗')).toEqual(['/zh/articles/petro-venezuela/']);
    // The translation's page changed outside its indexed text (its notice): in the delta with the same id, shown once.
    expect(await search('zh', '流动性')).toEqual(['/zh/articles/fed-stablecoins/']);
    expect(await search('zh', '郁金香')).toEqual(['/zh/articles/tulip-mania/']);
  });

  it('fetched the manifest, the bundles and both deltas under /kb/, and nothing outside it or missing', () => {
    const paths = responses.map((r) => r.path);
    expect(paths).toContain(`${BASE}pagefind/bundles.json`);
    for (const lang of ['en', 'zh']) expect(paths.some((path) => path.startsWith(`${BASE}pagefind/${lang}-delta/`))).toBe(true);
    expect(responses.filter((r) => !r.path.startsWith(BASE) || r.status >= 400)).toEqual([]);
  });

  it('indexes a language in full again once its delta would pass the limit, and reuses an unchanged delta', async () => {
    // One page at most: Chinese has two changed pages and is indexed in full; the English delta is the same as before.
    const compacted = await build({ ZHIKU_SEARCH_DELTA_PAGES: '1' });
    expect(compacted.stdout).toMatch(/Search deltas \(changes since the last full index\): en 1 pages, 1 hidden, copied from the cache\n/);
    const manifest = JSON.parse(await readFile(join(compacted.outDir, 'pagefind/bundles.json'), 'utf8')) as Record<string, string[]>;
    expect(manifest.zh).toEqual(['/pagefind/zh/']);
    expect(manifest.hidden).toEqual(manifest.hidden!.filter((id) => id.startsWith('en_')));
    expect(manifest.hidden).toHaveLength(1);
    const fragments = await readdir(join(compacted.outDir, 'pagefind/zh/fragment'));
    // Four articles and the glossary: the removed article is gone from the full index.
    expect(fragments).toHaveLength(5);
  });

  it('takes the pages of an older bundle from its memo, and reads the bundle again when the memo was tampered with', async () => {
    // The English base's pages were kept beside its cache entry when the bundle was made.
    const entries = await readdir(join(cacheDir, 'pagefind/en'));
    const memo = entries.find((name) => name.endsWith('.fragments-1.json'));
    expect(memo, `a memo among ${entries.join(', ')}`).toBeDefined();
    const file = join(cacheDir, 'pagefind/en', memo!);
    const pages = JSON.parse(await readFile(file, 'utf8')) as { id: string; url: string }[];
    const edited = pages.find((page) => page.url === '/en/articles/fed-stablecoins/')!;
    const other = pages.find((page) => page !== edited)!;
    // Swapped URLs, the same ids: read as it is, the edited article would stay findable by its old words.
    [edited.url, other.url] = [other.url, edited.url];
    await writeFile(file, JSON.stringify(pages));
    const again = await build({});
    expect(again.stdout).toMatch(/Dropped 1 cache entry from the cache[\s\S]*fragments-1\.json/);
    const manifest = JSON.parse(await readFile(join(again.outDir, 'pagefind/bundles.json'), 'utf8')) as Record<string, string[]>;
    const hiddenEnglish = manifest.hidden!.filter((id) => id.startsWith('en_'));
    expect(await Promise.all(hiddenEnglish.map((id) => urlOf(again.outDir, id)))).toEqual(['/en/articles/fed-stablecoins/']);
  });
});
