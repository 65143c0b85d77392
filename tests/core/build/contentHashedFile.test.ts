import { describe, expect, it } from 'vitest';
import { isContentHashed } from '../../../src/core/build/contentHashedFile';

describe('isContentHashed', () => {
  it.each([
    // Astro's bundles, as a build writes them.
    '/_astro/CommonHead.B_z8_O92.css',
    '/_astro/SearchBox.astro_astro_type_script_index_0_lang.D4tsybx3.js',
    '/_astro/preload-helper.DygEbaNj.js',
    // A processed image: its hash carries the transform's too.
    '/_astro/photo.CmXYZabc_Z1abcd.webp',
    // Pagefind 1.6's data files, in today's bundle and in a bundle per language.
    '/pagefind/pagefind.en_7edfb8a0e1.pf_meta',
    '/pagefind/pagefind.zh-cn_83aafd3661d19.pf_meta',
    '/pagefind/index/en_e76e908.pf_index',
    '/pagefind/fragment/zh-cn_63c874b.pf_fragment',
    '/pagefind/filter/en_a471e21.pf_filter',
    '/pagefind/en/fragment/en_1528237.pf_fragment',
    '/search/zh/index/zh-cn_ac282c9.pf_index',
  ])('%s is hashed', (path) => {
    expect(isContentHashed(path)).toBe(true);
  });

  it.each([
    // Pages, feeds and files with fixed names.
    '/',
    '/index.html',
    '/404.html',
    '/en/articles/stablecoin-risks/index.html',
    '/en/rss.xml',
    '/sitemap-index.xml',
    '/sitemap-0.xml',
    '/robots.txt',
    '/glossary.json',
    '/favicon.svg',
    '/_redirects',
    '/_headers',
    // Pagefind's entry, worker, WebAssembly and UI keep their names from build to build.
    '/pagefind/pagefind.js',
    '/pagefind/pagefind-entry.json',
    '/pagefind/pagefind-worker.js',
    '/pagefind/wasm.en.pagefind',
    '/pagefind/wasm.unknown.pagefind',
    '/pagefind/pagefind-ui.css',
    '/pagefind/pagefind-component-ui.js',
    '/pagefind/en/pagefind-entry.json',
    // Lookalikes: no hash before the extension, a hash that is not hex, a name outside /_astro/.
    '/_astro/favicon.svg',
    '/pagefind/index/en.pf_index',
    '/pagefind/index/en_xyz1234.pf_index',
    '/assets/CommonHead.B_z8_O92.css',
  ])('%s is not hashed', (path) => {
    expect(isContentHashed(path)).toBe(false);
  });
});
