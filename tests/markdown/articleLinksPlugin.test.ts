import { readFileSync } from 'node:fs';
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { articleSet, type KnownArticle } from '../../src/core/links/resolveArticleLink';
import { parseMarkdown } from '../../src/markdown/parseMarkdown';
import { rewriteArticleLinks } from '../../src/markdown/rewriteArticleLinks';
import { markdownProcessorOptions } from '../../src/markdown/markdownProcessor';

const articles: KnownArticle[] = [
  { locale: 'en', slug: 'pair', published: true, title: 'A pair' },
  { locale: 'zh', slug: 'pair', published: true, title: '一对' },
  { locale: 'zh', slug: 'only-zh', published: true, title: '只有中文' },
  { locale: 'en', slug: 'wip', published: false, title: 'Work in progress' },
];

let dir: string;
let render: (lang: string, slug: string, markdown: string, frontmatter?: Record<string, unknown>) => Promise<ReturnType<typeof parse>>;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'zhiku-links-'));
  // The site's own pipeline (astro.config.mjs), with this test's article list; errors read the file for its lines.
  const fileText = (path: string) => readFileSync(path, 'utf8');
  const processor = await createSatteriMarkdownProcessor(markdownProcessorOptions({ articles, articlesDir: dir, fileText }));
  render = async (lang, slug, markdown, frontmatter = {}) => {
    const path = join(dir, lang, `${slug}.md`);
    await mkdir(join(dir, lang), { recursive: true });
    await writeFile(path, `---\ntitle: T\n---\n\n${markdown}\n`);
    const { code } = await processor.render(markdown, { fileURL: pathToFileURL(path), frontmatter });
    return parse(code);
  };
});

describe('articleLinksPlugin through the Markdown processor', () => {
  it.each([
    // markdown, expected <a> outerHTML-ish: [href, text, hreflang, badge]
    ['See [[pair]].', '/en/articles/pair/', 'A pair', undefined, undefined],
    ['See [[pair|the pair]].', '/en/articles/pair/', 'the pair', undefined, undefined],
    ['See [[pair#reserves]].', '/en/articles/pair/#reserves', 'A pair', undefined, undefined],
    ['See [[zh:pair]].', '/zh/articles/pair/', '一对', 'zh-CN', '中'],
    ['See [[only-zh]].', '/zh/articles/only-zh/', '只有中文', 'zh-CN', '中'],
    ['See [the pair](./pair.md).', '/en/articles/pair/', 'the pair', undefined, undefined],
    ['See [其他](../zh/pair.md#x).', '/zh/articles/pair/#x', '其他', 'zh-CN', '中'],
    ['See [the pair][p].\n\n[p]: ./pair.md#reserves', '/en/articles/pair/#reserves', 'the pair', undefined, undefined],
  ])('%s', async (markdown, href, text, hreflang, badge) => {
    const doc = await render('en', 'here', markdown);
    const a = doc.querySelector('a')!;
    expect(a.getAttribute('href')).toBe(href);
    expect(a.textContent).toBe(text);
    expect(a.getAttribute('hreflang')).toBe(hreflang);
    expect(doc.querySelector('abbr.lang-badge')?.textContent).toBe(badge);
  });

  it('marks a fallback title with its language and leaves the sentence around it', async () => {
    const doc = await render('en', 'here', 'Before [[only-zh]] after, and [[pair|two]].');
    expect(doc.querySelector('p')?.textContent).toBe('Before 只有中文 中 after, and two.');
    expect(doc.querySelector('a[lang]')?.getAttribute('lang')).toBe('zh-CN');
    expect(doc.querySelectorAll('a')).toHaveLength(2);
  });

  it('resolves from the language of the file: a Chinese article links to Chinese pages', async () => {
    const doc = await render('zh', 'here', '参见[[pair]]和[[en:pair|英文版]]。');
    expect(doc.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual(['/zh/articles/pair/', '/en/articles/pair/']);
  });

  it('leaves code, web links and images alone', async () => {
    const doc = await render('en', 'here', '`[[missing]]` [web](https://example.org/a.md) ![x](./img.png)\n\n```\n[[missing]]\n```');
    expect(doc.querySelector('code')?.textContent).toBe('[[missing]]');
    expect(doc.querySelector('a')?.getAttribute('href')).toBe('https://example.org/a.md');
  });

  it('writes a link to a draft as plain text', async () => {
    const doc = await render('en', 'here', 'See [[wip]] and [the draft](./wip.md).');
    expect(doc.querySelectorAll('a')).toHaveLength(0);
    expect(doc.querySelector('p')?.textContent).toBe('See Work in progress and the draft.');
  });

  it('fails on a missing target, naming the file and the line in the file', async () => {
    const markdown = 'First paragraph.\n\nSecond, with [[nowhere]] in it.';
    // The file has 4 lines of frontmatter and a blank line before the body: the link is on line 7.
    await expect(render('en', 'broken', markdown)).rejects.toThrow(/en\/broken\.md:7:14: broken link "\[\[nowhere\]\]"/);
    await expect(render('en', 'broken2', 'A [link](../zh/missing.md).')).rejects.toThrow(
      /en\/broken2\.md:5:3: .*no zh version of "missing"/,
    );
    await expect(render('en', 'broken3', 'A [link][x].\n\n[x]: ./missing.md')).rejects.toThrow(
      /en\/broken3\.md:7:1: .*no article "missing"/,
    );
  });

  it('lets a draft hold broken links', async () => {
    const doc = await render('en', 'draft-here', 'See [[nowhere]].', { draft: true });
    expect(doc.querySelector('p')?.textContent).toBe('See [[nowhere]].');
  });
});

describe('rewriteArticleLinks (the same step on a parsed tree, what the validator reads)', () => {
  const set = articleSet(articles);
  it.each([
    ['No links at all.', []],
    ['A [web link](https://example.org/) only.', []],
    ['See [[pair]] and [[zh:only-zh|x]].', ['/en/articles/pair/', '/zh/articles/only-zh/']],
    ['See [that](./pair.md) and `[[not-a-link]]`.', ['/en/articles/pair/']],
    ['Line one.\n\nBroken [[nowhere]] here.', ['error at 3:8']],
  ])('%j => %j', (body, expected) => {
    const links = rewriteArticleLinks(parseMarkdown(body), { locale: 'en', slug: 'here' }, set);
    expect(links.map((l) => (l.resolution.ok ? l.resolution.target.href : `error at ${l.line}:${l.column}`))).toEqual(expected);
  });
});
