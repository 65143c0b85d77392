import type { Root } from 'mdast';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { parse } from 'node-html-parser';
import { markdownToMdast } from 'satteri';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { markdownProcessorOptions } from '../../src/markdown/markdownProcessor';
import { parseMarkdown } from '../../src/markdown/parseMarkdown';
import { MARKDOWN_FEATURES } from '../../src/markdown/syntax';

const articlesDir = '/kb/articles';
const articles = [
  { locale: 'en' as const, slug: 'pair', published: true, title: 'A pair' },
  { locale: 'zh' as const, slug: 'pair', published: true, title: '一对' },
];
const options = markdownProcessorOptions({ articles, articlesDir });
const withDirectives = await createSatteriMarkdownProcessor(options);
const withoutDirectives = await createSatteriMarkdownProcessor({ ...options, features: { ...MARKDOWN_FEATURES, directive: false } });
const render = async (processor: typeof withDirectives, markdown: string, locale = 'en') =>
  (await processor.render(markdown, { fileURL: pathToFileURL(`${articlesDir}/${locale}/here.md`), frontmatter: {} })).code.trim();

/** Colons that the directive syntax would read as directives, in every place text goes. */
const COLON_TEXT = [
  'A ratio of 3:2 or a:b, and Note:this.',
  'Text :abbr[label]{.cls} and :x after.',
  '::leaf[on its own line]\n\nnext',
  '::leaf',
  'See [[zh:pair]] and [[zh:pair|其他]], and a:b.',
  '*a:b* and **c:d**, `e:f` and [g:h](https://example.org/x:y)',
  '| k:v | a |\n| --- | --- |\n| x:y | [[zh:pair]] |',
  '## Heading a:b {#h}',
  '- item a:b\n  - nested c:d',
  '比例为1:2，见:引用[文字]。',
];

describe('directives: only `:::` containers mean something', () => {
  it.each(COLON_TEXT)('renders %j as it would without the directive syntax', async (markdown) => {
    expect(await render(withDirectives, markdown)).toBe(await render(withoutDirectives, markdown));
  });

  it.each(COLON_TEXT)('parses %j, for validation and summaries, as it would without the directive syntax', (markdown) => {
    const strip = (tree: unknown) => JSON.parse(JSON.stringify(tree, (k, v) => (k === 'position' || k.startsWith('_') ? undefined : v)));
    const plainParse = markdownToMdast(markdown, { features: { ...MARKDOWN_FEATURES, directive: false } }) as Root;
    expect(strip(parseMarkdown(markdown))).toEqual(strip(plainParse));
  });
});

describe('directives: `:::note` … `:::` asides', () => {
  const aside = async (markdown: string, locale = 'en') => parse(await render(withDirectives, markdown, locale)).querySelector('aside');

  it.each([
    ['note', 'en', 'Note'],
    ['tip', 'en', 'Tip'],
    ['caution', 'en', 'Caution'],
    ['danger', 'en', 'Danger'],
    ['note', 'zh', '备注'],
    ['danger', 'zh', '危险'],
  ])(':::%s in a %s article is an aside titled %j in its language', async (type, locale, title) => {
    const el = await aside(`Before.\n\n:::${type}\nThe *body*, with [[pair]].\n:::\n\nAfter.`, locale);
    expect(el?.getAttribute('class')).toBe(`callout callout-${type}`);
    expect(el?.getAttribute('role')).toBe('note');
    expect(el?.querySelector('.callout-title')?.text).toBe(title);
    expect(el?.querySelector('em')?.text).toBe('body');
    // The steps after it still run inside the aside: the wikilink is a link.
    expect(el?.querySelector('a')?.getAttribute('href')).toBe(`/${locale}/articles/pair/`);
  });

  it('takes its title from the label, with its Markdown', async () => {
    const el = await aside(':::caution[Check the *date*]\nText.\n:::');
    expect(el?.querySelector('.callout-title')?.innerHTML).toBe('Check the <em>date</em>');
    expect(el?.querySelectorAll('p').length).toBe(2);
  });

  it('nests, and joins hard-wrapped Chinese lines inside', async () => {
    const html = await render(withDirectives, '::::tip\n:::note\n第一行\n第二行。\n:::\n::::', 'zh');
    const outer = parse(html).querySelector('aside.callout-tip');
    expect(outer?.querySelector('aside.callout-note p:not(.callout-title)')?.text).toBe('第一行第二行。');
  });

  it('leaves a container of another name as a plain block (the validator reports it)', async () => {
    const html = await render(withDirectives, ':::warning\nText.\n:::');
    expect(html).not.toContain('<aside');
    expect(html).toContain('Text.');
  });
});
