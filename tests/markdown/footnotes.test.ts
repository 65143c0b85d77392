import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { parse } from 'node-html-parser';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { markdownProcessorOptions } from '../../src/markdown/markdownProcessor';

// GFM footnotes, worded in the language of the article they are in.
const articlesDir = '/kb/articles';
const processor = await createSatteriMarkdownProcessor(markdownProcessorOptions({ articles: [], articlesDir }));
const BODY = 'A claim[^a], again[^a], and another[^b].\n\n[^a]: One.\n[^b]: Two.\n';

async function footnotes(path: string) {
  const { code } = await processor.render(BODY, { fileURL: pathToFileURL(path), frontmatter: {} });
  const root = parse(code);
  return {
    label: root.querySelector('section[data-footnotes] h2#footnote-label')?.textContent,
    backLabels: root.querySelectorAll('a[data-footnote-backref]').map((a) => a.getAttribute('aria-label')),
    backText: root.querySelectorAll('a[data-footnote-backref]').map((a) => a.textContent),
  };
}

describe('footnotes', () => {
  it.each([
    [
      `${articlesDir}/zh/here.md`,
      { label: '脚注', backLabels: ['返回引用处 1', '返回引用处 1-2', '返回引用处 2'], backText: ['↩', '↩2', '↩'] },
    ],
    [
      `${articlesDir}/en/here.md`,
      {
        label: 'Footnotes',
        backLabels: ['Back to reference 1', 'Back to reference 1-2', 'Back to reference 2'],
        backText: ['↩', '↩2', '↩'],
      },
    ],
    // Not an article: the default language.
    [
      '/elsewhere/note.md',
      {
        label: 'Footnotes',
        backLabels: ['Back to reference 1', 'Back to reference 1-2', 'Back to reference 2'],
        backText: ['↩', '↩2', '↩'],
      },
    ],
  ])('%s', async (path, expected) => {
    expect(await footnotes(path)).toEqual(expected);
  });
});
