import { describe, expect, it } from 'vitest';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkGfm from 'remark-gfm';
import { joinCjkLines } from '../../src/markdown/joinCjkLines';
import { remarkJoinCjkLines } from '../../src/markdown/remarkJoinCjkLines';

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

describe('Markdown pipeline for Chinese', async () => {
  const processor = await createMarkdownProcessor({ remarkPlugins: [remarkGfm, remarkCjkFriendly, remarkJoinCjkLines] });
  const html = async (md: string) => (await processor.render(md)).code;

  it('renders emphasis next to full-width punctuation', async () => {
    expect(await html('**真，**她说')).toContain('<strong>真，</strong>她说');
  });
  it('adds no spaces inside hard-wrapped Chinese paragraphs', async () => {
    expect(await html('第一行\n第二行。')).toContain('<p>第一行第二行。</p>');
  });
  it('keeps GFM tables', async () => {
    expect(await html('| a | b |\n| - | - |\n| 1 | 2 |')).toContain('<table>');
  });
});
