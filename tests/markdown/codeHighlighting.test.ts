import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { describe, expect, it } from 'vitest';
import { codeHighlighting, withoutShikiVariables } from '../../src/markdown/codeColours';
import { markdownProcessorOptions } from '../../src/markdown/markdownProcessor';

// The site's pipeline with the site's code highlighting (astro.config.mjs).
const markdown = await createSatteriMarkdownProcessor({
  ...markdownProcessorOptions({ articles: [], articlesDir: '/kb/articles' }),
  shikiConfig: codeHighlighting(),
});

describe('code highlighting', () => {
  it('colours each token with a light-dark() pair and nothing else', async () => {
    const { code } = await markdown.render('```ts\nconst a: number = 1; // one\n```', {});
    expect(code).toMatch(
      /^<pre class="astro-code astro-code-themes github-light-default github-dark-default" style="background-color:light-dark\(#ffffff, #0d1117\);color:light-dark\(#1f2328, #e6edf3\); ?overflow-x: ?auto;?"/,
    );
    expect(code).toContain('<span style="color:light-dark(#CF222E, #FF7B72)">const</span>');
    expect(code).not.toContain('--shiki');
    expect(code).not.toContain('<script');
  });

  it.each([
    ['color:light-dark(#CF222E, #FF7B72);--shiki-light:#CF222E;--shiki-dark:#FF7B72', 'color:light-dark(#CF222E, #FF7B72)'],
    ['--shiki-light:#fff;color:red;--shiki-dark-bg:#000;overflow-x:auto', 'color:red;overflow-x:auto'],
    ['color:red', 'color:red'],
  ])('withoutShikiVariables(%j) => %j', (style, expected) => {
    expect(withoutShikiVariables(style)).toBe(expected);
  });
});
