import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { buildSite, PROJECT_ROOT } from '../helpers/buildSite';

// Astro caches rendered Markdown between builds and re-renders only changed files. A link's
// target changes when another file appears, so the article list is part of the config
// (see remarkArticleLinks) and a new article must clear the cache.
describe('rebuilding with the same cache', () => {
  it('re-resolves links when a translation appears', async () => {
    const work = await mkdtemp(join(tmpdir(), 'zhiku-cache-'));
    const content = join(work, 'content');
    await cp(join(PROJECT_ROOT, 'tests/fixtures/linked-site'), content, { recursive: true });
    const env = { ZHIKU_CACHE_DIR: join(work, 'cache') };
    const deltaLink = async (outDir: string) =>
      parse(await readFile(join(outDir, 'zh/articles/gamma/index.html'), 'utf8')).querySelector('.prose a[href*="delta"]')?.getAttribute('href');

    expect(await deltaLink((await buildSite(content, env)).outDir)).toBe('/en/articles/delta/');
    await writeFile(
      join(content, 'articles/zh/delta.md'),
      '---\ntitle: 德尔塔\ndate: 2020-02-01\ntopics: [blockchain-industry]\ntranslation:\n  from: en\n---\n\n德尔塔。\n',
    );
    expect(await deltaLink((await buildSite(content, env)).outDir)).toBe('/zh/articles/delta/');
  });
});
