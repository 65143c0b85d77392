import { describe, expect, it } from 'vitest';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { cjkEmphasis } from '../../src/markdown/cjkEmphasis';
import { joinCjkLines } from '../../src/markdown/joinCjkLines';
import { markdownProcessorOptions } from '../../src/markdown/markdownProcessor';
import { cjkText } from '../../src/markdown/cjkText';
import { editTree } from '../../src/markdown/editTree';
import { parseMarkdown } from '../../src/markdown/parseMarkdown';

describe('joinCjkLines', () => {
  it.each([
    ['稳定的中文\n地址', '稳定的中文地址'],
    ['地址,\n两种语言', '地址,两种语言'],
    ['地址，\n两种语言', '地址，两种语言'],
    ['区块链\n(区块)', '区块链(区块)'],
    ['the Libra\nproject', 'the Libra\nproject'],
    ['区块链\nblockchain', '区块链\nblockchain'],
    ['one\n二', 'one\n二'],
  ])('%j => %j', (input, expected) => {
    expect(joinCjkLines(input)).toBe(expected);
  });
});

describe('cjkEmphasis', () => {
  const html = (value: string) =>
    (cjkEmphasis(value) ?? [{ type: 'text', value }])
      .map((n) =>
        n.type === 'text'
          ? n.value
          : `<${n.type}>${(n as { children: { value: string }[] }).children.map((c) => c.value).join('')}</${n.type}>`,
      )
      .join('');
  it.each([
    ['**真，**她说', '<strong>真，</strong>她说'],
    ['这是**“强调”**后面', '这是<strong>“强调”</strong>后面'],
    ['*“引号”*后', '<emphasis>“引号”</emphasis>后'],
    ['中**文，**字*强调。*后', '中<strong>文，</strong>字<emphasis>强调。</emphasis>后'],
    // Latin text keeps CommonMark's reading.
    ['2*3*4', '2*3*4'],
    ['a ** b ** c', 'a ** b ** c'],
    ['snake**case**x', 'snake**case**x'],
  ])('%j => %j', (value, expected) => {
    expect(html(value)).toBe(expected);
  });
});

describe('Markdown pipeline for Chinese', async () => {
  const processor = await createSatteriMarkdownProcessor(markdownProcessorOptions({ articles: [], articlesDir: '/nowhere' }));
  const html = async (md: string) => (await processor.render(md)).code.trim();

  it.each([
    ['**真，**她说', '<p><strong>真，</strong>她说</p>'],
    ['**《中国银行保险报》**：请谈谈', '<p><strong>《中国银行保险报》</strong>：请谈谈</p>'],
    ['他说**“不”**然后', '<p>他说<strong>“不”</strong>然后</p>'],
    // An escaped asterisk stays literal.
    ['\\*\\*真，\\*\\*她说', '<p>**真，**她说</p>'],
  ])('renders emphasis next to full-width punctuation: %j', async (markdown, expected) => {
    expect(await html(markdown)).toBe(expected);
  });
  it('reads emphasis the same way in a parsed tree, for summaries (editTree with cjkText)', () => {
    const tree = parseMarkdown('他说**“不”**然后');
    editTree(tree, '他说**“不”**然后', { text: cjkText });
    expect(tree.children[0]).toMatchObject({ type: 'paragraph', children: [{ value: '他说' }, { type: 'strong' }, { value: '然后' }] });
  });
  it('adds no spaces inside hard-wrapped Chinese paragraphs', async () => {
    expect(await html('第一行\n第二行。')).toContain('<p>第一行第二行。</p>');
  });
  it('keeps GFM tables', async () => {
    expect(await html('| a | b |\n| - | - |\n| 1 | 2 |')).toContain('<table>');
  });
});
