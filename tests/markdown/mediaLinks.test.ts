import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { describe, expect, it } from 'vitest';
import { linkedMedia, publishedMediaLink } from '../../src/markdown/mediaLinks';
import { markdownProcessorOptions } from '../../src/markdown/markdownProcessor';
import { parseMarkdown } from '../../src/markdown/parseMarkdown';

describe('publishedMediaLink', () => {
  it.each([
    ['en/a.md', '../../media/report.pdf', '/media/report.pdf'],
    ['zh/a.mdx', '../../media/reports/fatf%202019.pdf#page=3', '/media/reports/fatf%202019.pdf#page=3'],
    ['en/a.md', '../../media/reports/fatf 2019.pdf', '/media/reports/fatf%202019.pdf'],
    ['en/a.md', '../../media/data.csv?v=2', '/media/data.csv?v=2'],
    // Images are published where an article shows them, not here; other links stay as written.
    ['en/a.md', '../../media/chart.png', undefined],
    ['en/a.md', '../zh/a.md', undefined],
    ['en/a.md', 'https://example.org/media/report.pdf', undefined],
    ['en/a.md', '/media/report.pdf', undefined],
    ['en/a.md', '#notes', undefined],
    ['en/a.md', '../../../outside/report.pdf', undefined],
  ])('%s: %s => %s', (articlePath, url, expected) => {
    expect(publishedMediaLink(articlePath, url)).toBe(expected);
  });
});

describe('linkedMedia', () => {
  it('lists every file of media/ a body links to, images and missing files too, by links and definitions', () => {
    const tree = parseMarkdown(
      '[a](../../media/a.pdf), [b][b], [c](../../media/c.png), [d](https://x.org/d.pdf)\n\n[b]: ../../media/sub/b.zip\n',
    );
    expect(linkedMedia(tree, 'en/x.md')).toEqual(['media/a.pdf', 'media/c.png', 'media/sub/b.zip']);
  });
});

describe('links to media files in the renderer', async () => {
  const processor = await createSatteriMarkdownProcessor(markdownProcessorOptions({ articles: [], articlesDir: '/kb/articles' }));
  it('points a link to a PDF of media/ at its published copy, in an article and nowhere else', async () => {
    const html = async (path: string) =>
      (
        await processor.render('[report](../../media/report.pdf) and [chart](../../media/c.png)', {
          fileURL: new URL(`file://${path}`),
          frontmatter: {},
        })
      ).code.trim();
    expect(await html('/kb/articles/zh/here.md')).toBe(
      '<p><a href="/media/report.pdf">report</a> and <a href="../../media/c.png">chart</a></p>',
    );
    expect(await html('/elsewhere/here.md')).toBe(
      '<p><a href="../../media/report.pdf">report</a> and <a href="../../media/c.png">chart</a></p>',
    );
  });
});
