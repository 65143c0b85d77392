import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { bodyHeadings, headingSkeleton } from '../../src/markdown/headingSkeleton';
import { markdownProcessorOptions } from '../../src/markdown/markdownProcessor';

const body = [
  'Intro paragraph, not kept.',
  '',
  '## Reserves {#reserves}',
  '',
  'Text.',
  '',
  '## The *travel rule* and `VASPs`',
  '',
  'Setext heading',
  '--------------',
  '',
  '### Risks ###',
  '',
  '### Risks',
  '',
  '## 储备与风险',
].join('\n');

describe('the heading skeleton of a translation', () => {
  it('lists every heading with its level, its Markdown as written and the id the page gives it', () => {
    expect(bodyHeadings(body)).toEqual([
      { depth: 2, text: 'Reserves', id: 'reserves' },
      { depth: 2, text: 'The *travel rule* and `VASPs`', id: 'the-travel-rule-and-vasps' },
      { depth: 2, text: 'Setext heading', id: 'setext-heading' },
      { depth: 3, text: 'Risks', id: 'risks' },
      { depth: 3, text: 'Risks', id: 'risks-1' },
      { depth: 2, text: '储备与风险', id: '储备与风险' },
    ]);
  });

  it('writes each heading as an ATX heading with its id made explicit', () => {
    expect(headingSkeleton(body)).toBe(
      [
        '## Reserves {#reserves}',
        '',
        '## The *travel rule* and `VASPs` {#the-travel-rule-and-vasps}',
        '',
        '## Setext heading {#setext-heading}',
        '',
        '### Risks {#risks}',
        '',
        '### Risks {#risks-1}',
        '',
        '## 储备与风险 {#储备与风险}',
        '',
      ].join('\n'),
    );
    expect(headingSkeleton('No headings at all.')).toBe('');
  });

  it('gives the translated headings the ids the original has on its page, so links to sections work in both languages', async () => {
    const processor = await createSatteriMarkdownProcessor(markdownProcessorOptions({ articles: [], articlesDir: '/nowhere' }));
    const ids = async (md: string) =>
      parse((await processor.render(md)).code)
        .querySelectorAll('h2, h3')
        .map((h) => h.id);
    // A translator rewrites the heading text; the explicit ids stay.
    const translated = headingSkeleton(body).replace(/^(#+) [^{]+/gm, '$1 译文标题 ');
    expect(await ids(translated)).toEqual(await ids(body));
  });

  it('reads an MDX body as MDX', () => {
    expect(headingSkeleton('import X from "./x";\n\n## With <X /> inside\n', { mdx: true })).toBe('## With <X /> inside {#with--inside}\n');
  });
});
