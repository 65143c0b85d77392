import { createMarkdownProcessor, rehypeHeadingIds } from '@astrojs/markdown-remark';
import remarkCjkFriendly from 'remark-cjk-friendly';
import { remarkHeadingId } from 'remark-custom-heading-id';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import { remarkJoinCjkLines } from '../../src/markdown/remarkJoinCjkLines';

// The heading part of the site's pipeline (astro.config.mjs): an explicit `{#id}` keeps a
// heading's anchor when the heading is translated; without one, the id comes from the text.
describe('heading ids', async () => {
  const processor = await createMarkdownProcessor({
    remarkPlugins: [remarkGfm, remarkCjkFriendly, remarkJoinCjkLines, remarkHeadingId],
    rehypePlugins: [rehypeHeadingIds],
  });

  it.each([
    ['## Reserves {#reserves}', '<h2 id="reserves">Reserves</h2>', 'reserves'],
    ['## 储备 {#reserves}', '<h2 id="reserves">储备</h2>', 'reserves'],
    ['### 监管与**执法** {#enforcement}', '<h3 id="enforcement">监管与<strong>执法</strong></h3>', 'enforcement'],
    ['## Reserves', '<h2 id="reserves">Reserves</h2>', 'reserves'],
    ['## 储备', '<h2 id="储备">储备</h2>', '储备'],
  ])('%s => %s', async (markdown, html, slug) => {
    const { code, metadata } = await processor.render(markdown);
    expect(code).toBe(html);
    // The table of contents reads the same id.
    expect(metadata.headings.map((h) => h.slug)).toEqual([slug]);
  });
});
