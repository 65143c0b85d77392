import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { describe, expect, it } from 'vitest';
import { articleText } from '../../src/site/articleText';
import { BODY_FACTS_KEY, renderedBodyFacts, type BodyFacts } from '../../src/core/articles/bodyFacts';
import { contentHash } from '../../src/core/content/contentHash';
import { entryBody } from '../../src/site/entryBody';
import type { KnownArticle } from '../../src/core/links/resolveArticleLink';
import { markdownProcessorOptions } from '../../src/markdown/markdownProcessor';
import { parsedBodyFacts } from '../../src/markdown/parsedBodyFacts';

const articles: KnownArticle[] = [
  { locale: 'en', slug: 'pair', published: true, title: 'A pair' },
  { locale: 'zh', slug: 'only-zh', published: true, title: '只有中文' },
  { locale: 'en', slug: 'wip', published: false, title: 'Work in progress' },
];

// The site's pipeline, rendering a file that sits at articles/en/here.md.
const processor = await createSatteriMarkdownProcessor(markdownProcessorOptions({ articles, articlesDir: '/kb/articles' }));
async function facts(markdown: string): Promise<BodyFacts> {
  const frontmatter: Record<string, unknown> = { title: 'Here' };
  await processor.render(markdown, { frontmatter, fileURL: new URL('file:///kb/articles/en/here.md') });
  return frontmatter[BODY_FACTS_KEY] as BodyFacts;
}

describe('body facts kept by the renderer', () => {
  it('counts the text a reader reads: not code, raw HTML or language markers', async () => {
    const f = await facts('## Two words\n\n区块链 and [[only-zh]] here.\n\n```\nnot counted at all\n```\n\n<div>nor this</div>');
    // "Two words" + "区块链" (3 Han) + "and" + "只有中文" (4 Han) + "here"; the 中 marker is left out.
    expect(f).toMatchObject({ han: 7, words: 4 });
    expect(f.lead).toBe('区块链 and 只有中文 here.');
  });

  it('lists the published articles the body links to, in every link form', async () => {
    const f = await facts('See [[pair]], [[zh:only-zh|that]], [the pair](./pair.md), [[wip]] and [r].\n\n[r]: ./pair.md#x');
    expect(f.links).toEqual([
      { locale: 'en', slug: 'pair' },
      { locale: 'zh', slug: 'only-zh' },
      { locale: 'en', slug: 'pair' },
      { locale: 'en', slug: 'pair' },
    ]);
  });

  it('keeps the lead short whatever the length of the article', async () => {
    const f = await facts(Array.from({ length: 30 }, (_, i) => `Paragraph ${i} has a few words in it.`).join('\n\n'));
    expect(f.lead.length).toBeLessThanOrEqual(400);
    expect(f.words).toBe(30 * 8);
  });

  it('gives the same summary and reading time as parsing the body again (the MDX path)', async () => {
    const body = `## Intro\n\n${'Stablecoins need reserves and rules. '.repeat(40)}\n\n第二段讲的是${'监管与储备。'.repeat(80)}`;
    const frontmatter: Record<string, unknown> = {};
    await processor.render(body, { frontmatter, fileURL: new URL('file:///kb/articles/en/here.md') });
    const rendered = { body, data: {}, rendered: { metadata: { frontmatter } } };
    expect(renderedBodyFacts(rendered)).toBeDefined();
    expect(articleText(rendered)).toEqual(articleText({ body, data: {} }));
  });

  it.each([
    'See [[pair]], [[only-zh]] and [the pair](./pair.md) ![a chart](c.png), <b>bold</b>.\n\n[[zh:only-zh|那篇]]在此。',
    '区块链技术\n输出海外，**真，**她说 [[only-zh]]。\n\n## 小标题\n\n[[wip]] and [r].\n\n[r]: ./pair.md#x',
    'No links, only ![an image](i.png) and *emphasis*.',
  ])('gives the same facts, links included, when parsing a body it does not render (MDX entries): %j', async (body) => {
    const file = { path: '/kb/articles/en/here.md', links: { articles, articlesDir: '/kb/articles' } };
    expect(parsedBodyFacts(body, file)).toEqual(await facts(body));
  });

  it('fails on a missing target when parsing, as when rendering, unless the article is a draft', async () => {
    const file = { path: '/kb/articles/en/here.md', links: { articles, articlesDir: '/kb/articles' } };
    expect(() => parsedBodyFacts('Line.\n\nSee [[nowhere]].', file)).toThrow('/kb/articles/en/here.md:3:5: broken link "[[nowhere]]"');
    await expect(facts('Line.\n\nSee [[nowhere]].')).rejects.toThrow('/kb/articles/en/here.md:3:5: broken link "[[nowhere]]"');
    expect(parsedBodyFacts('See [[nowhere]].', { ...file, published: false }).lead).toBe('See [[nowhere]].');
  });

  it.each([
    ['no code', 'Text with `inline code` only.', false],
    ['a fenced block', 'Text.\n\n```ts\nconst a = 1;\n```', true],
    ['an indented block', 'Text.\n\n    plain code', true],
    ['a block inside a list', '- item\n\n  ```\n  nested\n  ```', true],
  ])('notes whether the body has a code block (its page then loads the copy button): %s', async (_, body, code) => {
    expect((await facts(body)).code).toBe(code);
    expect(parsedBodyFacts(body).code).toBe(code);
  });

  it.each<[string, string, boolean, { src: string; alt: string } | undefined]>([
    ['no image', 'Just text.', false, undefined],
    [
      'a Markdown image',
      'Text.\n\n![A chart](../../media/c.png)\n\n![A photo](../../media/p.jpg)',
      false,
      { src: '../../media/c.png', alt: 'A chart' },
    ],
    [
      'an SVG first: a preview cannot show it',
      '![Flow](../../media/flow.svg)\n\n![Desk](../../media/desk.webp)',
      false,
      { src: '../../media/desk.webp', alt: 'Desk' },
    ],
    ['only an image of another site', '![Logo](https://example.org/logo.png)', false, undefined],
    [
      "a <Figure>'s image (MDX), before a later Markdown image",
      'Intro.\n\n<Figure src="../../media/f.png" alt="Figure one" caption="Cap" />\n\n![Later](../../media/l.png)',
      true,
      { src: '../../media/f.png', alt: 'Figure one' },
    ],
  ])('notes the first image a link preview can show: %s', async (_, body, mdx, image) => {
    const path = `/kb/articles/en/here.${mdx ? 'mdx' : 'md'}`;
    // An MDX entry's facts are always parsed (its body is rendered with its page, not in the content store).
    if (!mdx) expect((await facts(body)).image).toEqual(image);
    expect(parsedBodyFacts(body, { path, links: { articles, articlesDir: '/kb/articles' } }).image).toEqual(image);
  });

  it('keeps the hash a translation stamp is compared with', async () => {
    expect((await facts('Hello, world.\n')).hash).toBe(contentHash('Hello, world.'));
  });

  it('reads the body from the file when the content store kept none (MDX entries)', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'zhiku-body-')), 'a.mdx');
    writeFileSync(path, '---\ntitle: A\n---\n\nThe body <Em>shown</Em>{props.hidden}.\n');
    expect(entryBody({ filePath: path })).toBe('The body <Em>shown</Em>{props.hidden}.');
    expect(entryBody({ body: 'kept', filePath: path })).toBe('kept');
    const file = { filePath: path, data: {} };
    // Read as MDX: the text inside a component counts, an expression does not.
    expect(articleText(file)).toMatchObject({ summary: 'The body shown.', hash: contentHash('The body <Em>shown</Em>{props.hidden}.') });
  });

  it('ignores facts that are missing or malformed', () => {
    expect(renderedBodyFacts({})).toBeUndefined();
    expect(renderedBodyFacts({ rendered: { metadata: { frontmatter: { [BODY_FACTS_KEY]: { han: '3' } } } } })).toBeUndefined();
    // Facts kept by an older renderer, before `code`: worked out again rather than trusted.
    const older = { han: 0, words: 1, lead: 'Hi', links: [], hash: 'x' };
    expect(renderedBodyFacts({ rendered: { metadata: { frontmatter: { [BODY_FACTS_KEY]: older } } } })).toBeUndefined();
  });
});
