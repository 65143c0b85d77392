/**
 * Incremental builds (Astro's experimental.incrementalBuild with the cache keys
 * of src/site/pageData.ts): a copy of the linked-site fixture is built again
 * and again with one kept cache while its content changes, and each
 * incremental build is compared with a clean build of the same content.
 *
 * - The incremental dist/ is the clean dist/, byte for byte, search index included. Each incremental
 *   build publishes over the dist/ the build before it left, as an editor's next `npm run build` does
 *   (the pages that are still their cache copies stay in place: src/site/publishInPlace.ts).
 * - The pages rendered again are exactly the pages whose HTML differs between
 *   the clean builds before and after the change: a page left out would be
 *   stale, a page too many would be wasted work.
 * - Every build splits each language's search index into bundles of two pages
 *   (ZHIKU_SEARCH_BUNDLE_PAGES), so that the search cache is tested too: every
 *   bundle whose files differ between the clean builds before and after the
 *   change is indexed again (a bundle is keyed on its pages' bytes, so a page
 *   whose list of related articles changed is indexed again too).
 */
import { copyFile, cp, link, mkdir, mkdtemp, readFile, rm, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { logPages } from '../helpers/buildLog';
import { BuildError, buildSite, PROJECT_ROOT, type BuildResult } from '../helpers/buildSite';
import { expectSameSite, publicFiles, siteFiles } from '../helpers/siteFiles';

const FIXTURE = join(PROJECT_ROOT, 'tests/fixtures/linked-site');
/** Two different PNG files, for an image that an editor replaces. */
const CHART = join(PROJECT_ROOT, 'tests/fixtures/media-site/media/charts/reserves-2024.png');
const OTHER_CHART = join(PROJECT_ROOT, 'tests/fixtures/media-site/media/unused-draft-chart.png');
/** Two different JPEG files, for an article's cover that an editor replaces. */
const PHOTO = join(PROJECT_ROOT, 'tests/fixtures/media-site/media/photos/harbour-cranes.jpg');
const OTHER_PHOTO = join(PROJECT_ROOT, 'tests/fixtures/media-site/media/photos/trading-desk.jpg');

/** The link-preview pictures a build's pages name (og:image), as paths inside dist/. */
function previewsOf(files: Map<string, Buffer>): Map<string, string> {
  const previews = new Map<string, string>();
  for (const [path, bytes] of files) {
    const match = /<meta property="og:image" content="https?:\/\/[^/"]+\/([^"]+)"/.exec(bytes.toString('utf8'));
    if (path.endsWith('.html') && match) previews.set(`/${path}`, match[1]!);
  }
  return previews;
}

/** The pages a build logs, split into those it rendered and those it copied from its cache. */
function pagesOf(build: BuildResult): { rendered: Set<string>; reused: Set<string> } {
  const { rendered, reused } = logPages(build.stdout);
  return { rendered: new Set(rendered.filter((p) => p.endsWith('.html'))), reused: new Set(reused) };
}

/** The pages Astro may copy from its cache: all but those without getStaticPaths (the root page and 404). */
const keyed = (path: string) => path !== '/index.html' && path !== '/404.html';

/**
 * Small search bundles, so that a change touches some and not others; every changed bundle indexed
 * again in full (no search delta, which tests/browser/searchDelta.test.ts covers), as a clean build indexes it.
 */
const SEARCH = { ZHIKU_SEARCH_BUNDLE_PAGES: '2', ZHIKU_SEARCH_DELTA_PAGES: '0' };

/** How many search bundles a build wrote, and how many of them it copied from its cache. */
function searchBundlesOf(build: BuildResult): { bundles: number; reused: number } {
  const match = /\((\d+) search bundles, (\d+) unchanged and copied from the cache\)/.exec(build.stdout);
  if (!match) throw new Error(`No Pagefind summary in the build log:\n${build.stdout.slice(-2000)}`);
  return { bundles: Number(match[1]), reused: Number(match[2]) };
}

/** How many articles the content checks read, and how many of their bodies came from the validator's cache. */
function checkedOf(build: BuildResult): { articles: number; reused: number } {
  const match = /Checked (\d+) articles in [\d.]+s \((\d+) unchanged bodies taken from the cache\)/.exec(build.stdout);
  if (!match) throw new Error(`No content check summary in the build log:\n${build.stdout.slice(0, 2000)}`);
  return { articles: Number(match[1]), reused: Number(match[2]) };
}

/** The search bundles (folders under pagefind/) whose files differ between two builds, or that only one has. */
function changedBundles(before: Map<string, Buffer>, after: Map<string, Buffer>): Set<string> {
  const bundleOf = (path: string) => /^pagefind\/([^/]+)\//.exec(path)?.[1];
  const changed = new Set<string>();
  for (const [files, others] of [
    [after, before],
    [before, after],
  ] as const) {
    for (const [path, bytes] of files) {
      const bundle = bundleOf(path);
      if (bundle && !others.get(path)?.equals(bytes)) changed.add(bundle);
    }
  }
  return changed;
}

/** The HTML pages of a build that the build before it did not have, or had with other bytes. */
function changedPages(before: Map<string, Buffer>, after: Map<string, Buffer>): Set<string> {
  const changed = new Set<string>();
  for (const [path, bytes] of after) {
    if (path.endsWith('.html') && !before.get(path)?.equals(bytes)) changed.add(`/${path}`);
  }
  return changed;
}

describe('incremental builds', () => {
  let content: string;
  let cache: string;
  /** The output folder every build with the kept cache publishes into. */
  let published: string;
  /** The clean build of the content before the current step's change. */
  let previousClean: Map<string, Buffer>;

  beforeAll(async () => {
    const work = await mkdtemp(join(PROJECT_ROOT, 'node_modules/.cache/zhiku-incremental-'));
    content = join(work, 'content');
    cache = join(work, 'cache');
    published = join(work, 'dist');
    await cp(FIXTURE, content, { recursive: true });
    const first = await buildSite(content, { ...SEARCH, ZHIKU_CACHE_DIR: cache, ZHIKU_OUT_DIR: published });
    expect(pagesOf(first).reused.size, 'the first build has nothing to reuse').toBe(0);
    previousClean = await siteFiles(first.outDir);
    return () => rm(work, { recursive: true, force: true });
  });

  /** Builds the current content with the kept cache and from scratch, side by side. */
  async function buildBoth() {
    const [incremental, clean] = await Promise.all([
      buildSite(content, { ...SEARCH, ZHIKU_CACHE_DIR: cache, ZHIKU_OUT_DIR: published }),
      buildSite(content, SEARCH),
    ]);
    const [incrementalFiles, cleanFiles] = await Promise.all([siteFiles(incremental.outDir), siteFiles(clean.outDir)]);
    const pages = pagesOf(incremental);
    const changed = [...changedPages(previousClean, cleanFiles)].filter(keyed);
    // At least the bundles a clean build writes differently are indexed again (the byte comparison below proves which).
    const search = searchBundlesOf(incremental);
    const changedSearch = changedBundles(previousClean, cleanFiles);
    expect(
      search.bundles - search.reused,
      `search bundles indexed again (changed: ${[...changedSearch].join(', ')})`,
    ).toBeGreaterThanOrEqual(changedSearch.size);
    previousClean = cleanFiles;
    expect(checkedOf(clean).reused, 'a build without a cache checks every body').toBe(0);
    return {
      pages,
      changed,
      incrementalFiles,
      cleanFiles,
      search,
      changedSearch,
      checked: checkedOf(incremental),
      log: incremental.stdout,
    };
  }

  async function edit(path: string, change: (text: string) => string): Promise<void> {
    const file = join(content, path);
    await writeFile(file, change(await readFile(file, 'utf8')));
  }

  it('reuses every page and every search bundle when nothing changed', async () => {
    // Pages the last build published stay in place, the same files; one replaced by hand in dist/ does not.
    const keptPage = join(published, 'en/articles/alpha/index.html');
    const handEdited = join(published, 'en/articles/beta/index.html');
    const before = (await stat(keptPage)).ino;
    const handText = (await readFile(handEdited, 'utf8')).replace('</body>', '<script>alert(1)</script></body>');
    await unlink(handEdited);
    await writeFile(handEdited, handText);
    await writeFile(join(published, 'en/articles/stray.html'), 'not built');
    const { pages, changed, incrementalFiles, cleanFiles, search, checked, log } = await buildBoth();
    expect((await stat(keptPage)).ino, 'a kept page is the same file').toBe(before);
    const kept = /Emptied dist\/ in [\d.]+s but for (\d+) pages that are their cache copies, left in place/.exec(log);
    expect(Number(kept?.[1]), 'pages left in place').toBeGreaterThanOrEqual(10);
    expect(incrementalFiles.get('en/articles/beta/index.html')?.toString()).not.toContain('alert(1)');
    expect(changed).toEqual([]);
    expect(checked.reused, "every body is taken from the validator's cache").toBe(checked.articles);
    expect(search.bundles).toBeGreaterThanOrEqual(4);
    expect(search.reused).toBe(search.bundles);
    expect([...pages.rendered].filter(keyed)).toEqual([]);
    // Not the redirect pages of old slugs (aliases), which the permalinks integration writes.
    const articlePages = [...cleanFiles]
      .filter(([p, bytes]) => /^(en|zh)\/articles\//.test(p) && !bytes.includes('http-equiv="refresh"'))
      .map(([p]) => p);
    expect(articlePages.length).toBe(10);
    expect([...pages.reused].filter((p) => p.includes('/articles/')).length).toBe(articlePages.length);
    expectSameSite(incrementalFiles, cleanFiles);
    // With the cache alone (a fresh checkout with its cache restored), every page is restored from it.
    const fresh = await buildSite(content, { ...SEARCH, ZHIKU_CACHE_DIR: cache });
    expect([...pagesOf(fresh).rendered].filter(keyed)).toEqual([]);
    expectSameSite(await siteFiles(fresh.outDir), cleanFiles);
  });

  it("renders again an edited article's pages and its translation's notice, and nothing else", async () => {
    // A snapshot of the published page as a hard link (as `cp -al` or `rsync --link-dest` keep one): the page
    // rendered again is a new file, not written into the one the snapshot and the cache copy share.
    const snapshot = join(published, '..', 'alpha-snapshot.html');
    await link(join(published, 'en/articles/alpha/index.html'), snapshot);
    const old = await readFile(snapshot);
    // A new section whose text is no paragraph, so the summary that lists show stays the same.
    await edit('articles/en/alpha.md', (text) => `${text}\n## Later\n\n- An item added to the original.\n`);
    const { pages, changed, incrementalFiles, cleanFiles, search, changedSearch, checked } = await buildBoth();
    expect((await readFile(snapshot)).equals(old), 'the old page, untouched').toBe(true);
    expect(incrementalFiles.get('en/articles/alpha/index.html')?.equals(old)).toBe(false);
    expect(checked.reused, 'only the edited body is checked again').toBe(checked.articles - 1);
    // The Chinese version is a translation stamped with the old text: its notice now says the original changed.
    expect(changed.sort()).toEqual(['/en/articles/alpha/index.html', '/zh/articles/alpha/index.html']);
    // Only the bundle holding each of the two pages is indexed again, one per language. The Chinese page
    // changed outside its indexed text (the notice), so its bundle comes out the same, and only the English differs.
    expect([...changedSearch].map((bundle) => bundle.slice(0, 2))).toEqual(['en']);
    expect(search.reused).toBe(search.bundles - 2);
    expect([...pages.rendered].filter(keyed).sort()).toEqual(changed);
    expectSameSite(incrementalFiles, cleanFiles);
  });

  it('renders again every page that shows a changed title, and nothing else', async () => {
    await edit('articles/en/beta.md', (text) => text.replace(/^title: .*$/m, 'title: Beta renamed'));
    const { pages, changed, incrementalFiles, cleanFiles, checked } = await buildBoth();
    // A title is part of what every body's link checks read: all are checked again.
    expect(checked.reused).toBe(0);
    // Its own page, the body linking to it by title, the lists, related and backlink lists showing it.
    expect(changed).toEqual(expect.arrayContaining(['/en/articles/beta/index.html', '/en/articles/alpha/index.html', '/en/index.html']));
    expect(changed.some((p) => p.startsWith('/en/topics/'))).toBe(true);
    expect([...pages.rendered].filter(keyed).sort()).toEqual(changed.sort());
    expectSameSite(incrementalFiles, cleanFiles);
  });

  it('renders again what an added and a removed article change, as a clean build does', async () => {
    await writeFile(
      join(content, 'articles/en/omega.md'),
      '---\ntitle: Omega, new today\ndate: 2020-07-01\ntopics: [blockchain-industry]\n---\n\nOmega links to [[delta]].\n',
    );
    await rm(join(content, 'articles/zh/gamma.md'));
    // The links to the removed article go too, as an editor would take them out.
    for (const path of ['articles/en/alpha.md', 'articles/zh/alpha.md', 'articles/en/zeta.mdx']) {
      await edit(path, (text) => text.replace(/\[\[(?:zh:)?gamma(?:\|[^\]]*)?\]\]/g, 'gamma'));
    }
    const { pages, changed, incrementalFiles, cleanFiles } = await buildBoth();
    expect(changed).toEqual(
      expect.arrayContaining(['/en/articles/omega/index.html', '/en/articles/delta/index.html', '/en/archive/index.html']),
    );
    expect(incrementalFiles.has('en/articles/gamma/index.html')).toBe(false);
    expect([...pages.rendered].filter(keyed).sort()).toEqual(changed.sort());
    expectSameSite(incrementalFiles, cleanFiles);
  });

  it('renders again the glossary pages when the glossary changes, and an article when a term it shows changes', async () => {
    await writeFile(join(content, 'glossary.yaml'), '- { zh: 稳定币, en: stablecoin }\n- { zh: 区块链, en: blockchain }\n');
    await edit('articles/en/zeta.mdx', (text) => `${text}\nA <Term id="stablecoin" /> in MDX.\n`);
    let { pages, changed, incrementalFiles, cleanFiles } = await buildBoth();
    // Zeta in English and on the Chinese fallback page, and its summary on the home pages (short paragraphs all count);
    // the search pages offer the glossary kind from now on.
    expect(changed.sort()).toEqual([
      '/en/articles/zeta/index.html',
      '/en/glossary/index.html',
      '/en/index.html',
      '/en/search/index.html',
      '/zh/articles/zeta/index.html',
      '/zh/glossary/index.html',
      '/zh/index.html',
      '/zh/search/index.html',
    ]);
    expect([...pages.rendered].filter(keyed).sort()).toEqual(changed);
    expectSameSite(incrementalFiles, cleanFiles);

    // A definition shows on the glossary pages only (the Chinese page shows the English one as a fallback).
    await edit('glossary.yaml', (text) => text.replace('en: stablecoin }', 'en: stablecoin, definition: { en: A steady coin. } }'));
    ({ pages, changed, incrementalFiles, cleanFiles } = await buildBoth());
    expect(changed.sort()).toEqual(['/en/glossary/index.html', '/zh/glossary/index.html']);
    expect([...pages.rendered].filter(keyed).sort()).toEqual(changed);
    expectSameSite(incrementalFiles, cleanFiles);

    // The counterpart <Term> offers changes on the article's pages too.
    await edit('glossary.yaml', (text) => text.replace('zh: 稳定币', 'zh: 稳定代币'));
    ({ pages, changed, incrementalFiles, cleanFiles } = await buildBoth());
    expect(changed.sort()).toEqual([
      '/en/articles/zeta/index.html',
      '/en/glossary/index.html',
      '/zh/articles/zeta/index.html',
      '/zh/glossary/index.html',
    ]);
    expect([...pages.rendered].filter(keyed).sort()).toEqual(changed);
    expectSameSite(incrementalFiles, cleanFiles);
  }, 240_000);

  it('renders again the articles that start showing an image, Markdown and <Figure> alike, or a cover', async () => {
    await mkdir(join(content, 'media/photos'), { recursive: true });
    await copyFile(CHART, join(content, 'media/chart.png'));
    await copyFile(PHOTO, join(content, 'media/photos/cover.jpg'));
    await edit('articles/en/delta.md', (text) =>
      text.replace('---\n\n', 'cover: { src: ../../media/photos/cover.jpg, alt: Cranes }\n---\n\n'),
    );
    await edit('articles/en/beta.md', (text) => `${text}\n![Reserve chart](../../media/chart.png)\n`);
    await edit(
      'articles/en/zeta.mdx',
      (text) => `${text}\n<Figure src="../../media/chart.png" alt="Reserve chart" caption="Reserves." />\n`,
    );
    const { pages, changed, incrementalFiles, cleanFiles } = await buildBoth();
    // Beta and zeta show the chart; delta only has a cover, which no body shows: its pages change in their og:image alone.
    expect(changed).toEqual(
      expect.arrayContaining(['/en/articles/beta/index.html', '/en/articles/zeta/index.html', '/en/articles/delta/index.html']),
    );
    expect([...pages.rendered].filter(keyed).sort()).toEqual(changed.sort());
    expectSameSite(incrementalFiles, cleanFiles);
    const previews = previewsOf(incrementalFiles);
    expect(previews.get('/en/articles/beta/index.html')).toMatch(/^_astro\/chart\.[\w-]+\.png$/);
    expect(previews.get('/en/articles/zeta/index.html')).toBe(previews.get('/en/articles/beta/index.html'));
    expect(previews.get('/en/articles/delta/index.html')).toMatch(/^_astro\/cover\.[\w-]+\.jpg$/);
    expect(incrementalFiles.has(previews.get('/en/articles/delta/index.html')!)).toBe(true);
  });

  it('renders again exactly the pages that show an image whose file is replaced, and serves the new file', async () => {
    const before = previewsOf(previousClean);
    await copyFile(OTHER_CHART, join(content, 'media/chart.png'));
    const { pages, changed, incrementalFiles, cleanFiles } = await buildBoth();
    // The two English pages, and the Chinese page of zeta, which shows the English original.
    expect(changed.sort()).toEqual(['/en/articles/beta/index.html', '/en/articles/zeta/index.html', '/zh/articles/zeta/index.html']);
    expect([...pages.rendered].filter(keyed).sort()).toEqual(changed);
    // Byte for byte a clean build: the pages name the new file's WebP copies and its link-preview copy, and no original is copied.
    expectSameSite(incrementalFiles, cleanFiles);
    const previews = previewsOf(incrementalFiles);
    const chart = previews.get('/en/articles/beta/index.html')!;
    expect(chart).toMatch(/^_astro\/chart\.[\w-]+\.png$/);
    expect(chart).not.toBe(before.get('/en/articles/beta/index.html'));
    expect(incrementalFiles.has(chart)).toBe(true);
    const assets = await publicFiles();
    expect([...incrementalFiles.keys()].filter((path) => path.endsWith('.png') && !assets.has(path))).toEqual([chart]);
  });

  it("renders again exactly the pages of an article whose cover is replaced, and names the new file's copy", async () => {
    const before = previewsOf(previousClean);
    await copyFile(OTHER_PHOTO, join(content, 'media/photos/cover.jpg'));
    const { pages, changed, incrementalFiles, cleanFiles } = await buildBoth();
    // Delta's page, and its fallback page in Chinese, which shows the English original.
    expect(changed.sort()).toEqual(['/en/articles/delta/index.html', '/zh/articles/delta/index.html']);
    // No other page's key changed. Astro renders again, needlessly, the pages of zeta, an MDX article that
    // shows an image: its compiled body imports the image, and that module's hash changes with any image
    // of the content store (it does so whether or not link previews add their pictures to the store).
    const needless = ['/en/articles/zeta/index.html', '/zh/articles/zeta/index.html'];
    expect([...pages.rendered].filter((page) => keyed(page) && !needless.includes(page)).sort()).toEqual(changed);
    expectSameSite(incrementalFiles, cleanFiles);
    const cover = previewsOf(incrementalFiles).get('/en/articles/delta/index.html')!;
    expect(cover).toMatch(/^_astro\/cover\.[\w-]+\.jpg$/);
    expect(cover).not.toBe(before.get('/en/articles/delta/index.html'));
    expect(incrementalFiles.has(cover)).toBe(true);
  });

  it('fails, as a clean build does, when an article that others link to is removed, and leaves the last site as it was', async () => {
    const before = await siteFiles(published);
    await rm(join(content, 'articles/en/delta.md'));
    const failures = await Promise.all(
      [buildSite(content, { ...SEARCH, ZHIKU_CACHE_DIR: cache, ZHIKU_OUT_DIR: published }), buildSite(content)].map((build) =>
        build.then(
          () => undefined,
          (error: BuildError) => error,
        ),
      ),
    );
    for (const failure of failures) {
      expect(failure).toBeInstanceOf(BuildError);
      expect(`${failure!.stdout}\n${failure!.stderr}`).toMatch(/omega\.md:\d+.*delta/);
    }
    // The content checks refuse the build before dist/ is emptied.
    expectSameSite(await siteFiles(published), before);
  });
});
