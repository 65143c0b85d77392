import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/buildSite';
import { writeContentFolder } from '../helpers/contentFolder';
import { loadPage, visibleText } from '../helpers/html';

// A new team deletes the sample articles and the glossary's terms and keeps the rest: the site must
// still build, with every page a reader can reach saying plainly that there is nothing yet.
let outDir: string;

beforeAll(async () => {
  const content = await writeContentFolder({ 'articles/.gitkeep': '', 'glossary.yaml': '[]\n' });
  outDir = (await buildSite(content, { ZHIKU_URL_LOCK: 'off' })).outDir;
});

describe('a knowledge base with no articles yet', () => {
  it.each([
    ['/en/', 'No articles yet.'],
    ['/zh/', '暂无文章。'],
    ['/en/archive/', 'No articles yet.'],
    ['/zh/archive/', '暂无文章。'],
    ['/en/topics/regulation/', 'No articles yet.'],
    ['/zh/topics/regulation/', '暂无文章。'],
    ['/en/glossary/', 'No terms yet.'],
    ['/zh/glossary/', '暂无术语。'],
  ])('%s says so in its language', async (path, empty) => {
    const main = (await loadPage(outDir, path)).querySelector('main');
    expect(visibleText(main)).toContain(empty);
  });

  it('still has its landing page, search pages, 404 page and a search index per language', async () => {
    for (const path of ['/', '/en/search/', '/zh/search/', '/404.html']) {
      expect((await loadPage(outDir, path)).querySelector('main'), path).not.toBeNull();
    }
    const bundles = JSON.parse(await readFile(join(outDir, 'pagefind/bundles.json'), 'utf8')) as Record<string, string[]>;
    expect(Object.keys(bundles).sort()).toEqual(['en', 'zh']);
  });

  it.each(['en', 'zh'])('has a valid, empty feed (%s)', async (lang) => {
    const feed = new XMLParser().parse(await readFile(join(outDir, lang, 'rss.xml'), 'utf8')) as {
      rss: { channel: { title: string; item?: unknown } };
    };
    expect(feed.rss.channel.title).toBeTruthy();
    expect(feed.rss.channel.item).toBeUndefined();
  });
});
