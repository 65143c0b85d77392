/**
 * One search bundle made by the Pagefind CLI (src/site/runPagefind.ts indexBundle), from a real
 * folder: a language whose pages are all in one bundle is indexed from the site itself, and gives
 * the same bundle as its pages staged apart would; a page with Traditional characters is staged
 * as Simplified text.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { indexBundle, indexedPages, indexerFingerprint, languageRuns } from '../../src/site/runPagefind';

const page = (text: string) =>
  `<!doctype html><html lang="zh"><head><title>${text}</title></head><body><main data-pagefind-body><h1>${text}</h1><p>${text}</p></main></body></html>`;

describe('indexBundle', () => {
  let root: string;
  let site: string;
  const write = (path: string, text: string) => {
    mkdirSync(join(site, path, '..'), { recursive: true });
    writeFileSync(join(site, path), text);
  };
  /** The URLs and texts a made bundle holds, from its fragments. */
  const bundled = (entry: string) =>
    readdirSync(join(entry, 'fragment'))
      .map(
        (file) =>
          JSON.parse(
            gunzipSync(readFileSync(join(entry, 'fragment', file)))
              .subarray('pagefind_dcd'.length)
              .toString(),
          ) as { url: string; content: string },
      )
      .map(({ url, content }) => [url, content.replace(/\u200b/g, '')])
      .sort();

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'zhiku-index-bundle-'));
    site = join(root, 'dist');
    write('zh/articles/a/index.html', page('稳定币监管'));
    write('zh/glossary/index.html', page('术语表'));
    // Not indexed: a redirect among the articles, the language's other pages, the other language.
    write('zh/articles/old/index.html', '<!doctype html><html lang="zh"><body><p>已移动</p></body></html>');
    write('zh/index.html', page('首页'));
    write('en/articles/a/index.html', page('Stablecoin rules'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  /** Makes the language's one bundle, and names what was made in the cache folder meanwhile. */
  const make = async () => {
    const runs = languageRuns('zh', await indexedPages(site, 'zh'));
    expect(runs.map((run) => run.whole)).toEqual([true]);
    const cache = join(root, 'cache');
    mkdirSync(cache);
    const made: string[] = [];
    const watcher = watch(cache, (_, name) => made.push(String(name)));
    try {
      return { ...(await indexBundle(site, runs[0]!, { root: cache, indexer: await indexerFingerprint() })), made };
    } finally {
      watcher.close();
    }
  };

  it("indexes a whole language's pages from the site itself: those pages alone, nothing staged", async () => {
    const made = await make();
    expect(made.reused).toBe(false);
    expect(made.made).not.toContain('.stage-zh');
    expect(bundled(made.entry)).toEqual([
      ['/zh/articles/a/', '稳定币监管. 稳定币监管.'],
      ['/zh/glossary/', '术语表. 术语表.'],
    ]);
  }, 60_000);

  it('stages a page with Traditional characters as Simplified text', async () => {
    write('zh/articles/b/index.html', page('穩定幣監管'));
    const made = await make();
    expect(made.made).toContain('.stage-zh');
    expect(bundled(made.entry)).toContainEqual(['/zh/articles/b/', '稳定币监管. 稳定币监管.']);
    expect(existsSync(join(root, 'cache', '.stage-zh'))).toBe(false);
    expect(readFileSync(join(site, 'zh/articles/b/index.html'), 'utf8')).toContain('穩定幣監管');
  }, 60_000);
});
