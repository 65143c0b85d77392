import { createSatteriMarkdownProcessor, satteri } from '@astrojs/markdown-satteri';
import { describe, expect, it } from 'vitest';
import { articleImages, mayShowImages } from '../../src/markdown/articleImages';
import { ARTICLE_IMAGE_SIZES } from '../../src/markdown/imageSizesPlugin';
import { markdownProcessorOptions } from '../../src/markdown/markdownProcessor';
import { parseMarkdown } from '../../src/markdown/parseMarkdown';

// The site's pipeline, for a file at articles/en/here.md(x).
const options = markdownProcessorOptions({ articles: [], articlesDir: '/kb/articles' });
const markdown = await createSatteriMarkdownProcessor(options);
const mdx = await satteri(options).createMdxRenderer!({ syntaxHighlight: false } as never, {} as never);
const renderMdx = async (body: string) => (await mdx.process(body, '/kb/articles/en/here.mdx', {})).code;

describe('articleImages: the images a body shows, as written', () => {
  it('lists Markdown images, image references and <Figure> sources (null for an {expression}), with their lines', () => {
    const body = [
      '![Chart](../../media/c.png)',
      '- ![](../../media/in-list.png)',
      '![Ref][r]',
      '![Missing ref][nowhere]',
      '<Figure src="../../media/f.svg" alt="Flow" caption="C" />',
      '<Figure src="../../media/g.svg" alt={alt} caption="C" />',
      '<Figure src={imported} alt="Skipped" caption="C" />',
      '<Other src="../../media/other.png" />',
      '[r]: ../../media/r.png',
    ].join('\n\n');
    expect(articleImages(parseMarkdown(body, { mdx: true }))).toEqual([
      { url: '../../media/c.png', alt: 'Chart', line: 1, form: 'image' },
      { url: '../../media/in-list.png', alt: '', line: 3, form: 'image' },
      { url: '../../media/r.png', alt: 'Ref', line: 5, form: 'reference' },
      { url: '../../media/f.svg', alt: 'Flow', line: 9, form: 'figure' },
      { url: '../../media/g.svg', alt: null, line: 11, form: 'figure' },
      { url: null, alt: 'Skipped', line: 13, form: 'figure' },
    ]);
  });

  it('skips bodies that cannot show one', () => {
    expect([mayShowImages('Plain [link](x.png).'), mayShowImages('![a](b.png)'), mayShowImages('<Figure src="a.png" />')]).toEqual([
      false,
      true,
      true,
    ]);
  });
});

describe('images in the renderer', () => {
  it('hands a Markdown image to Astro, sized for the text column', async () => {
    const { code, metadata } = await markdown.render('![Chart](../../media/c.png)', { fileURL: new URL('file:///kb/articles/en/here.md') });
    expect(metadata.localImagePaths).toEqual(['../../media/c.png']);
    const marker = /__ASTRO_IMAGE_="([^"]+)"/.exec(code)![1]!.replace(/&quot;/g, '"');
    expect(JSON.parse(marker)).toMatchObject({ src: '../../media/c.png', alt: 'Chart', sizes: ARTICLE_IMAGE_SIZES });
  });

  it("turns a <Figure>'s src into an imported image that Astro optimises, inside the element", async () => {
    const code = await renderMdx('<Figure src="../../media/flow.png" alt="Flow chart" caption="Cap" credit={"Zhiku"} />');
    const imported = /^import (\w+) from "\.\.\/\.\.\/media\/flow\.png";$/m.exec(code)?.[1];
    expect(imported).toBeTruthy();
    expect(code).toContain('import { Image as __AstroImage__ } from "astro:assets"');
    const figure = code.slice(code.indexOf('_jsx(Figure'));
    expect(figure).toMatch(
      new RegExp(
        `^_jsx\\(Figure, \\{\\s+caption: "Cap",\\s+credit: "Zhiku",\\s+children: _jsx\\(_components\\["astro-image"\\], \\{\\s+alt: "Flow chart",\\s+sizes: "${ARTICLE_IMAGE_SIZES.replace(/[()]/g, '\\$&')}",\\s+src: ${imported}\\s+\\}\\)`,
      ),
    );
  });

  it('leaves a <Figure> whose src is an {expression} as it is', async () => {
    const code = await renderMdx('import chart from "../../media/c.png";\n\n<Figure src={chart} alt="Chart" caption="Cap" />');
    expect(code).toMatch(/_jsx\(Figure, \{\s+src: chart,\s+alt: "Chart",\s+caption: "Cap"\s+\}\)/);
  });
});
