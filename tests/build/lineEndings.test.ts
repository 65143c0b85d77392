import { describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/buildSite';
import { article, writeContentFolder } from '../helpers/contentFolder';
import { loadPage } from '../helpers/html';

/**
 * A body that goes through the text rules: hard-wrapped Chinese (joined), a list, an aside, a heading.
 * No code block: Shiki colours the first blocks of a build wrongly when several pages highlight at once,
 * whatever their line endings, which would make two equal pages differ.
 */
const BODY = [
  '中文段落',
  '换行之后继续，**强调**。',
  '',
  '## 小标题',
  '',
  '- 第一项',
  '  接着写',
  '- 第二项',
  '',
  ':::note',
  '提示里的',
  '中文也连起来。',
  ':::',
].join('\n');
const MDX_BODY = `${BODY}\n\n<Callout type="tip" title="提示">\n组件里的\n中文。\n</Callout>`;

/** The same file as Windows saves it: a byte-order mark and CRLF line endings. */
const windows = (text: string) => `\uFEFF${text.replace(/\n/g, '\r\n')}`;

describe('CRLF and LF files publish the same HTML', () => {
  it('renders a Markdown and an MDX file saved with CRLF and a BOM exactly as the LF ones', async () => {
    const md = article('title: 换行\ndate: 2019-11-18', BODY);
    const mdx = article('title: 换行\ndate: 2019-11-18', MDX_BODY);
    const dir = await writeContentFolder({
      'articles/zh/lf.md': md,
      'articles/zh/crlf.md': windows(md),
      'articles/zh/lf-mdx.mdx': mdx,
      'articles/zh/crlf-mdx.mdx': windows(mdx),
    });
    const { outDir } = await buildSite(dir);
    const prose = async (slug: string) => (await loadPage(outDir, `/zh/articles/${slug}/`)).querySelector('.prose')!.innerHTML;

    const lf = await prose('lf');
    // The Chinese lines are joined (no line break left between 段落 and 换行), as LF files always were.
    expect(lf).toContain('中文段落换行之后继续');
    expect(await prose('crlf')).toBe(lf);
    expect(lf).not.toContain('\r');

    const lfMdx = await prose('lf-mdx');
    expect(lfMdx).toContain('组件里的中文。');
    expect(await prose('crlf-mdx')).toBe(lfMdx);
  });
});
