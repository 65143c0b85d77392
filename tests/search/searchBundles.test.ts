import { describe, expect, it } from 'vitest';
import {
  BUNDLE_PAGES,
  INDEXING_MEMORY_MB,
  PAGE_MEMORY_MB,
  bundleCount,
  bundleOf,
  bundlePagesSetting,
  bundlesToMerge,
  bundleUrl,
  parseSearchBundles,
  planBundles,
} from '../../src/search/searchBundles';

const articlePaths = (locale: string, n: number) => Array.from({ length: n }, (_, i) => `${locale}/articles/article-${i}/index.html`);

describe('bundleUrl', () => {
  it("keeps a language's first bundle where it always was and numbers the others from 2", () => {
    expect([0, 1, 2].map((n) => bundleUrl('zh', n))).toEqual(['/pagefind/zh/', '/pagefind/zh-2/', '/pagefind/zh-3/']);
  });
});

describe('bundleCount and bundlePagesSetting', () => {
  it.each([
    [0, 1],
    [1, 1],
    [15_000, 1],
    [15_001, 2],
    [25_001, 2],
    [30_001, 3],
  ])('%i pages make %i bundles of at most 15,000', (pages, count) => {
    expect(bundleCount(pages, 15_000)).toBe(count);
  });

  it('keeps a Chinese bundle smaller than an English one (Pagefind needs about twice the memory per page), each under 9 GB by the measured rates', () => {
    expect(BUNDLE_PAGES.zh).toBeLessThan(BUNDLE_PAGES.en);
    expect(BUNDLE_PAGES.zh * 0.55).toBeLessThan(9_000);
    expect(BUNDLE_PAGES.en * 0.25).toBeLessThan(9_000);
  });

  it('reads the setting, the same for every language, and refuses what is not a whole number of pages, naming the variable', () => {
    expect(bundlePagesSetting('en', undefined)).toBe(BUNDLE_PAGES.en);
    expect(bundlePagesSetting('zh', '')).toBe(BUNDLE_PAGES.zh);
    expect(bundlePagesSetting('en', '3')).toBe(3);
    expect(bundlePagesSetting('zh', '3')).toBe(3);
    for (const bad of ['0', '-2', '1.5', 'many'])
      expect(() => bundlePagesSetting('en', bad)).toThrow(/ZHIKU_SEARCH_BUNDLE_PAGES.*whole number/);
  });
});

describe('planBundles', () => {
  it('puts every page in exactly one bundle, none over the limit by much, and the glossary in the first', () => {
    const paths = [...articlePaths('zh', 1000), 'zh/glossary/index.html'];
    const bundles = planBundles(paths, 300);
    expect(bundles).toHaveLength(4);
    expect(bundles.flat().sort()).toEqual([...paths].sort());
    expect(bundles[0]).toContain('zh/glossary/index.html');
    // A hash spreads slugs evenly enough: no bundle holds more than a third above its share.
    for (const bundle of bundles) expect(bundle.length).toBeLessThan((1001 / 4) * 1.34);
  });

  it('keeps an article in its bundle when others are added or removed, as long as the count holds', () => {
    const before = planBundles(articlePaths('en', 500), 200);
    const after = planBundles(articlePaths('en', 520).slice(10), 200);
    const where = (bundles: string[][], path: string) => bundles.findIndex((b) => b.includes(path));
    for (const path of articlePaths('en', 500).slice(10)) expect(where(after, path)).toBe(where(before, path));
  });

  it('gives an article and its translation the same number, and an alias page its own slug', () => {
    for (const slug of ['a', 'petro-venezuela', 'zhongguo-qukuailian']) {
      expect(bundleOf(`en/articles/${slug}/index.html`, 7)).toBe(bundleOf(`zh/articles/${slug}/index.html`, 7));
    }
    expect(bundleOf('en/glossary/index.html', 7)).toBe(0);
  });
});

describe('parseSearchBundles and bundlesToMerge', () => {
  const bundles = parseSearchBundles({
    en: ['/pagefind/en/'],
    zh: ['/pagefind/zh/', '/pagefind/zh-2/'],
    xx: ['/pagefind/xx/'],
  });

  it('keeps known languages and bundle folders only', () => {
    expect(bundles).toEqual({ en: ['/pagefind/en/'], zh: ['/pagefind/zh/', '/pagefind/zh-2/'] });
    expect(parseSearchBundles({ en: ['https://evil.example/', '/pagefind/../x/', 3] })).toEqual({});
    expect(parseSearchBundles('nonsense')).toEqual({});
  });

  it("merges a language's other bundles, and every bundle of the other languages when searching all", () => {
    expect(bundlesToMerge(bundles, 'en', false)).toEqual([]);
    expect(bundlesToMerge(bundles, 'zh', false)).toEqual([{ locale: 'zh', url: '/pagefind/zh-2/' }]);
    expect(bundlesToMerge(bundles, 'en', true)).toEqual([
      { locale: 'zh', url: '/pagefind/zh/' },
      { locale: 'zh', url: '/pagefind/zh-2/' },
    ]);
    expect(bundlesToMerge({}, 'en', true)).toEqual([]);
  });
});

describe('INDEXING_MEMORY_MB', () => {
  const held = (pages: Partial<Record<'en' | 'zh', number>>) =>
    Object.entries(pages).reduce((sum, [locale, n]) => sum + n * PAGE_MEMORY_MB[locale as 'en' | 'zh'], 0);

  it('lets the two languages of a 10,000-article site index side by side', () => {
    expect(held({ en: 5_001, zh: 5_001 })).toBeLessThanOrEqual(INDEXING_MEMORY_MB);
  });

  it('keeps full bundles one after the other: no two of them fit together', () => {
    expect(held({ zh: BUNDLE_PAGES.zh })).toBeLessThanOrEqual(INDEXING_MEMORY_MB);
    expect(held({ en: BUNDLE_PAGES.en })).toBeLessThanOrEqual(INDEXING_MEMORY_MB);
    expect(held({ en: BUNDLE_PAGES.en / 2, zh: BUNDLE_PAGES.zh })).toBeGreaterThan(INDEXING_MEMORY_MB);
    expect(held({ en: BUNDLE_PAGES.en, zh: BUNDLE_PAGES.zh / 2 })).toBeGreaterThan(INDEXING_MEMORY_MB);
  });
});
