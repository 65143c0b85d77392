import { describe, expect, it } from 'vitest';
import { articleText } from '../../src/site/articleText';
import { markdownToPlainText, truncateText } from '../../src/markdown/plainText';

// A summary as lists and meta tags show it: the description, or the start of the prose.
const summarise = (description: string | undefined, body: string) => articleText({ body, data: { description } }).summary;
import { paginate } from '../../src/core/links/pagination';
import { tocHeadings } from '../../src/core/articles/toc';

describe('plain text and summaries', () => {
  it('strips Markdown', () => {
    expect(markdownToPlainText('## Hi\n\nSome **bold** [link](x).\n\n```js\ncode\n```')).toBe('Hi\nSome bold link.');
  });
  it.each([
    ['one two three', 8, 'one two…'],
    ['short', 10, 'short'],
    ['中国区块链技术输出海外', 5, '中国区块链…'],
  ])('truncateText(%j, %i) => %j', (text, max, expected) => {
    expect(truncateText(text, max)).toBe(expected);
  });
  it('prefers the given description, else the first real paragraph', () => {
    expect(summarise('Given.', 'Body')).toBe('Given.');
    expect(summarise(undefined, '## Heading\n\nThis paragraph is long enough to be used as a summary of the text.')).toBe(
      'This paragraph is long enough to be used as a summary of the text.',
    );
  });
});

describe('pagination and table of contents', () => {
  it('pages a list', () => {
    expect(paginate([1, 2, 3], 2)).toEqual([
      { page: 1, total: 2, items: [1, 2] },
      { page: 2, total: 2, items: [3] },
    ]);
    expect(paginate([], 10)).toEqual([{ page: 1, total: 1, items: [] }]);
  });
  it('shows a table of contents from three headings', () => {
    const h = (depth: number, slug: string) => ({ depth, slug, text: slug });
    expect(tocHeadings([h(2, 'a'), h(2, 'b')])).toEqual([]);
    expect(tocHeadings([h(2, 'a'), h(3, 'b'), h(4, 'x'), h(2, 'c')]).map((x) => x.slug)).toEqual(['a', 'b', 'c']);
  });
});

describe('markdownToPlainText with wikilinks', () => {
  it.each([
    ['See [[fed-rates]].', 'See fed rates.'],
    ['See [[zh:fed-rates#risks|the Fed]] now.', 'See the Fed now.'],
    ['参见[[pair|这篇文章]]。', '参见这篇文章。'],
    ['Code `[[x]]` stays.', 'Code [[x]] stays.'],
  ])('%j => %j', (markdown, text) => {
    expect(markdownToPlainText(markdown)).toBe(text);
  });
});

describe('summaries across paragraphs', () => {
  it('joins Chinese paragraphs without a space and leaves subheadings out', () => {
    expect(summarise(undefined, '第一段。\n\n## 小标题\n\n第二段。')).toBe('第一段。第二段。');
    expect(summarise(undefined, 'One.\n\n## Heading\n\nTwo.')).toBe('One. Two.');
  });
});

describe('plain text of Chinese Markdown', () => {
  it('joins hard-wrapped lines and reads emphasis next to full-width punctuation', () => {
    expect(markdownToPlainText('储备由谁持有，\n以及**许多持有人，**同时赎回')).toBe('储备由谁持有，以及许多持有人，同时赎回');
  });
});

describe('articleText', () => {
  it('gives the summary and reading time of an entry, the same object on a second call', async () => {
    const { articleText } = await import('../../src/site/articleText');
    const entry = { body: '## Heading\n\n' + 'word '.repeat(440), data: {} };
    const first = articleText(entry);
    expect(first.readingMinutes).toBe(2);
    expect(first.summary.startsWith('word word')).toBe(true);
    expect(articleText(entry)).toBe(first);
    expect(articleText({ body: 'x', data: { description: 'Given.' } }).summary).toBe('Given.');
  });
});
