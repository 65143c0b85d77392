import { headingIds } from '../../src/markdown/headingIds';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { describe, expect, it } from 'vitest';
import { markdownProcessorOptions } from '../../src/markdown/markdownProcessor';

const anchor = (id: string) => `<a class="heading-anchor" href="#${id}" aria-hidden="true" tabindex="-1"></a>`;

// The heading part of the site's pipeline (astro.config.mjs): an explicit `{#id}` keeps a
// heading's anchor when the heading is translated; without one, the id comes from the text.
describe('heading ids', async () => {
  const processor = await createSatteriMarkdownProcessor(markdownProcessorOptions({ articles: [], articlesDir: '/nowhere' }));

  it.each([
    ['## Reserves {#reserves}', `<h2 id="reserves">Reserves${anchor('reserves')}</h2>`, 'reserves'],
    ['## 储备 {#reserves}', `<h2 id="reserves">储备${anchor('reserves')}</h2>`, 'reserves'],
    ['### 监管与**执法** {#enforcement}', `<h3 id="enforcement">监管与<strong>执法</strong>${anchor('enforcement')}</h3>`, 'enforcement'],
    ['## Reserves', `<h2 id="reserves">Reserves${anchor('reserves')}</h2>`, 'reserves'],
    ['## 储备', `<h2 id="储备">储备${anchor('储备')}</h2>`, '储备'],
    ['##### Deep', '<h5 id="deep">Deep</h5>', 'deep'],
  ])('%s => %s', async (markdown, html, slug) => {
    const { code, metadata } = await processor.render(markdown);
    expect(code.trim()).toBe(html);
    // The table of contents reads the same id, and the heading's own text.
    expect(metadata.headings.map((h) => h.slug)).toEqual([slug]);
    expect(metadata.headings[0]!.text).not.toContain('#');
  });

  it('numbers repeated headings the way Astro does, leaving explicit ids out of the count', async () => {
    const { metadata } = await processor.render('## Risks\n\n## Risks\n\n## Other {#risks-2}\n\n## Risks');
    expect(metadata.headings.map((h) => h.slug)).toEqual(['risks', 'risks-1', 'risks-2', 'risks-2']);
  });
});

describe('headingIds: one rule for the renderer and the validator', () => {
  it.each([
    [
      [
        [undefined, 'Risks'],
        [undefined, 'Risks'],
        ['own', 'Risks'],
        [undefined, '储备 Reserves'],
      ],
      ['risks', 'risks-1', 'own', '储备-reserves'],
    ],
    [
      [
        [undefined, 'A B'],
        ['a-b', 'other'],
      ],
      ['a-b', 'a-b'],
    ],
  ] as [[unknown, string][], string[]][])('%j => %j', (headings, ids) => {
    const idOf = headingIds();
    expect(headings.map(([explicit, text]) => idOf(explicit, text))).toEqual(ids);
  });
});
