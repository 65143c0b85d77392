import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { rawHtmlWithBase } from '../../src/markdown/basePathPlugin';
import { markdownProcessorOptions } from '../../src/markdown/markdownProcessor';

// A body's links to the site's own paths, rendered by the site's pipeline for a site served under a base path.
const BODY = [
  'See [[pair]], [the pilot](/zh/articles/pilot/), [the report](../../media/report.pdf), [a section](#notes),',
  '[elsewhere](https://example.org/en/), [a sibling](../zh/pair.md) and <a href="/zh/topics/cbdc/">a topic</a>.',
].join('\n');

async function hrefs(base: string): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), 'zhiku-base-links-'));
  const articles = [
    { locale: 'en' as const, slug: 'pair', published: true, title: 'A pair' },
    { locale: 'zh' as const, slug: 'pair', published: true, title: '一对' },
  ];
  const processor = await createSatteriMarkdownProcessor(markdownProcessorOptions({ articles, articlesDir: dir }, '', base));
  const path = join(dir, 'en', 'here.md');
  await mkdir(join(dir, 'en'), { recursive: true });
  await writeFile(path, `---\ntitle: T\n---\n\n${BODY}\n`);
  const { code } = await processor.render(BODY, { fileURL: pathToFileURL(path), frontmatter: {} });
  return parse(code)
    .querySelectorAll('a')
    .map((a) => a.getAttribute('href')!);
}

describe('basePathPlugin through the Markdown processor', () => {
  it('puts links to the site under the base path, and leaves fragments, other sites and the root site alone', async () => {
    expect(await hrefs('/kb/')).toEqual([
      '/kb/en/articles/pair/',
      '/kb/zh/articles/pilot/',
      '/kb/media/report.pdf',
      '#notes',
      'https://example.org/en/',
      '/kb/zh/articles/pair/',
      '/kb/zh/topics/cbdc/',
    ]);
    expect(await hrefs('/')).toEqual([
      '/en/articles/pair/',
      '/zh/articles/pilot/',
      '/media/report.pdf',
      '#notes',
      'https://example.org/en/',
      '/zh/articles/pair/',
      '/zh/topics/cbdc/',
    ]);
  });
});

describe('rawHtmlWithBase', () => {
  it.each([
    ['<a href="/zh/">', '<a href="/kb/zh/">'],
    ["<a class='x' href='/en/articles/a/#b'>", "<a class='x' href='/kb/en/articles/a/#b'>"],
    ['<img src=/social.png alt="x">', '<img src=/kb/social.png alt="x">'],
    ['<a href="https://a.org/">', '<a href="https://a.org/">'],
    ['<a href="#top">', '<a href="#top">'],
    ['</a>', '</a>'],
    ['<abbr title="href=/x">', '<abbr title="href=/x">'],
  ])('%s => %s', (html, expected) => {
    expect(rawHtmlWithBase(html, '/kb/')).toBe(expected);
  });
});
