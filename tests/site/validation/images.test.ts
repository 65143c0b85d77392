import { describe, expect, it } from 'vitest';
import { formatProblem, formatWarnings } from '../../../src/core/content/contentProblem';
import type { MediaFile } from '../../../src/core/content/contentFiles';
import { coverProblems } from '../../../src/site/validation/checks/cover';
import { imageProblems, MAX_IMAGE_BYTES, unusedMedia } from '../../../src/site/validation/checks/images';
import { mdxComponentProblems } from '../../../src/site/validation/checks/mdxComponents';
import { contentModel } from '../../../src/site/validation/contentModel';
import { checkContent, CONTENT_WARNINGS } from '../../../src/site/validation/validateContent';

const TOPICS = {
  file: 'topics.yaml',
  text: '- id: regulation\n  name: { en: Regulation, zh: 监管 }\n  description: { en: Rules, zh: 规则 }\n',
};

/** Media files by path inside the content folder, with a size in bytes. */
const mediaOf = (sizes: Record<string, number>): MediaFile[] =>
  Object.entries(sizes).map(([path, bytes]) => ({ path, file: `content/${path}`, bytes }));

/**
 * A content folder in memory: articles given as `path => body` (the frontmatter takes 4 lines, so
 * body line 1 is file line 6; a file named draft*.md is a draft, one line more).
 */
function inputOf(bodies: Record<string, string>, media: Record<string, number> = {}) {
  const articles = Object.entries(bodies).map(([path, body]) => ({
    path,
    file: `articles/${path}`,
    text: `---\ntitle: T\ndate: 2019-11-18\n${path.includes('/draft') ? 'draft: true\n' : ''}---\n\n${body}\n`,
  }));
  return { articles, topics: TOPICS, media: mediaOf(media) };
}

const lines = (problems: Parameters<typeof formatProblem>[0][]) => problems.map(formatProblem);
const errorsOf = (bodies: Record<string, string>, media: Record<string, number> = {}) =>
  lines(imageProblems(contentModel(inputOf(bodies, media))));

const CHART = { 'media/charts/reserves.png': 48_213 };

describe('imageProblems: Markdown images', () => {
  it.each<[string, Record<string, string>, Record<string, number>]>([
    ['a Markdown image of media/, in a sub-folder', { 'en/a.md': '![Reserve chart](../../media/charts/reserves.png)' }, CHART],
    ['a name written with %20 for a space', { 'en/a.md': '![Chart](../../media/my%20chart.png)' }, { 'media/my chart.png': 10 }],
    ['an image in code is no image', { 'en/a.md': 'Write `![](x.png)`:\n\n```md\n![](../../media/none.png)\n```' }, {}],
    ['an image of exactly 5 MB', { 'en/a.md': '![Chart](../../media/big.jpg)' }, { 'media/big.jpg': MAX_IMAGE_BYTES }],
  ])('accepts %s', (_, bodies, media) => {
    expect(errorsOf(bodies, media)).toEqual([]);
  });

  it('reports a missing file at its line, with the path it resolved to', () => {
    expect(errorsOf({ 'en/a.md': 'Text.\n\n![Reserve chart](../../media/reserve.png)' }, CHART)).toEqual([
      'articles/en/a.md:8  [image] ![Reserve chart](../../media/reserve.png) points at media/reserve.png, which does not exist → put the image in media/ and write its path relative to this file (../../media/<name>), or fix the name',
    ]);
  });

  it('reports an image without alt text', () => {
    expect(errorsOf({ 'en/a.md': '![](../../media/charts/reserves.png)' }, CHART)).toEqual([
      'articles/en/a.md:6  [image] ![](../../media/charts/reserves.png) has no alt text → say what the image shows between the brackets: ![What it shows](…), for readers who cannot see it',
    ]);
    expect(errorsOf({ 'en/a.md': '![   ](../../media/charts/reserves.png)' }, CHART)).toHaveLength(1);
  });

  it('reports an image over 5 MB with its size', () => {
    expect(errorsOf({ 'en/a.md': '![Photo](../../media/photo.jpg)' }, { 'media/photo.jpg': MAX_IMAGE_BYTES + 1 })).toEqual([
      'articles/en/a.md:6  [image] ![Photo](../../media/photo.jpg) points at media/photo.jpg, which is 5.0 MB, over the limit of 5.0 MB → save a smaller file: at most about 2400 pixels wide, as JPEG or WebP for photos',
    ]);
  });

  it.each([
    ['a URL of another site', '![Logo](https://example.org/logo.png)', 'is not a file of media/'],
    ['a site path', '![Logo](/favicon.svg)', 'is not a file of media/'],
    ['a file outside media/', '![Logo](./logo.png)', 'points at articles/en/logo.png, outside media/'],
    ['a path that leaves the content folder', '![Logo](../../../public/favicon.svg)', 'is not a file of media/'],
    ['a file that is no image', '![Report](../../media/report.pdf)', 'is not an image the site can optimise'],
    [
      'an image reference, which Astro leaves unoptimised',
      '![Chart][c]\n\n[c]: ../../media/charts/reserves.png',
      'is written as a reference',
    ],
  ])('reports %s', (_, body, message) => {
    expect(errorsOf({ 'en/a.md': body }, { ...CHART, 'media/report.pdf': 100 })).toEqual([expect.stringContaining(message)]);
  });

  it('checks a draft too: Astro renders its images as well', () => {
    expect(errorsOf({ 'en/draft-a.md': '![Chart](../../media/none.png)' })).toEqual([
      expect.stringMatching(/^articles\/en\/draft-a\.md:7 {2}\[image\] .* does not exist/),
    ]);
  });

  it('reports every image of a file, each at its own line', () => {
    const found = errorsOf(
      { 'en/a.md': '![A](../../media/a.png)\n\n- ![B](../../media/b.png)\n\n> ![](../../media/charts/reserves.png)' },
      CHART,
    );
    expect(found.map((line) => line.split('  ')[0])).toEqual(['articles/en/a.md:6', 'articles/en/a.md:8', 'articles/en/a.md:10']);
  });
});

describe('<Figure>: its image checked as one of its props, at the line of the element', () => {
  const figureErrors = (body: string, media: Record<string, number> = CHART) =>
    lines(mdxComponentProblems(contentModel(inputOf({ 'en/a.mdx': `Text.\n\n${body}` }, media))));

  it('accepts a figure of media/, with or without a credit, and leaves it out of the Markdown image check', () => {
    for (const body of [
      '<Figure src="../../media/charts/reserves.png" alt="Chart" caption="Reserves." />',
      '<Figure\n  src="../../media/charts/reserves.png"\n  alt="Chart"\n  caption="Reserves."\n  credit="Zhiku"\n/>',
    ]) {
      expect(figureErrors(body)).toEqual([]);
      expect(errorsOf({ 'en/a.mdx': body }, {})).toEqual([]);
    }
  });

  it.each([
    [
      'a missing file',
      '<Figure src="../../media/flow.png" alt="Flow" caption="C" />',
      '<Figure> src "../../media/flow.png" points at media/flow.png, which does not exist → put the image in media/',
    ],
    [
      'a file over 5 MB',
      '<Figure src="../../media/photo.jpg" alt="Photo" caption="C" />',
      '<Figure> src "../../media/photo.jpg" points at media/photo.jpg, which is 7.0 MB, over the limit of 5.0 MB',
    ],
    ['an image of another site', '<Figure src="https://example.org/a.png" alt="A" caption="C" />', 'is not a file of media/'],
    ['no alt text', '<Figure src="../../media/charts/reserves.png" caption="C" />', '<Figure> needs the prop "alt"'],
    ['an empty alt text', '<Figure src="../../media/charts/reserves.png" alt=" " caption="C" />', '<Figure> prop "alt" must not be empty'],
    ['no caption', '<Figure src="../../media/charts/reserves.png" alt="A" />', '<Figure> needs the prop "caption"'],
    ['an src written as an {expression}', '<Figure src={chart} alt="A" caption="C" />', '<Figure> prop "src" is the expression {chart}'],
    ['content inside', '<Figure src="../../media/charts/reserves.png" alt="A" caption="C">More</Figure>', '<Figure> takes no content'],
  ])('reports %s', (_, body, message) => {
    expect(figureErrors(body, { ...CHART, 'media/photo.jpg': 7_340_032 })).toEqual([
      expect.stringMatching(/^articles\/en\/a\.mdx:8 {2}\[component\] /),
    ]);
    expect(figureErrors(body, { ...CHART, 'media/photo.jpg': 7_340_032 })[0]).toContain(message);
  });
});

describe('unusedMedia (a warning)', () => {
  it('lists each file of media/ that no article shows, drafts and both forms counted as showing it', () => {
    const input = inputOf(
      {
        'en/a.md': '![Chart](../../media/charts/reserves.png)',
        'zh/a.mdx': '<Figure src="../../media/flow.svg" alt="流程" caption="图" />',
        'en/draft.md': '![Desk](../../media/desk.jpg)',
      },
      { ...CHART, 'media/flow.svg': 300, 'media/desk.jpg': 900, 'media/old/unused.png': 1_000 },
    );
    expect(lines(unusedMedia(contentModel(input)))).toEqual([
      'content/media/old/unused.png  [media] no article shows this file → show it in an article (![What it shows](../../media/old/unused.png)) or delete it',
    ]);
  });

  it('is a warning: checkContent lists it apart from the errors, and the report says the build goes on', () => {
    expect(CONTENT_WARNINGS.map((c) => c.name)).toEqual(['unused media files']);
    const report = checkContent(inputOf({ 'en/a.md': 'Text.' }, { 'media/a.png': 1 }));
    expect(report.errors).toEqual([]);
    expect(formatWarnings(report.warnings)).toBe(
      'Content validation found 1 warning (the build goes on):\n  ⚠ content/media/a.png  [media] no article shows this file → show it in an article (![What it shows](../../media/a.png)) or delete it',
    );
    expect(formatWarnings([])).toBe('');
  });
});

describe('cover: the picture of link previews', () => {
  /** One article whose frontmatter's 4th line on is `cover` (file line 4), with a body that shows no image. */
  const withCover = (cover: string, media: Record<string, number> = CHART) => ({
    articles: [{ path: 'en/a.md', file: 'articles/en/a.md', text: `---\ntitle: T\ndate: 2019-11-18\n${cover}\n---\n\nText.\n` }],
    topics: TOPICS,
    media: mediaOf(media),
  });
  const reportOf = (cover: string, media?: Record<string, number>) => checkContent(withCover(cover, media));

  it.each([
    ['a flow map', 'cover: { src: ../../media/charts/reserves.png, alt: Reserve chart }'],
    ['a block map', 'cover:\n  src: ../../media/charts/reserves.png\n  alt: Reserve chart'],
  ])('accepts an image of media/ with alt text, written as %s, and counts it as shown', (_, cover) => {
    expect(reportOf(cover)).toEqual({ errors: [], warnings: [] });
  });

  it('finds no line for a cover without a problem (finding one parses the YAML again)', () => {
    const model = contentModel(withCover('cover: { src: ../../media/charts/reserves.png, alt: Reserve chart }'));
    for (const article of model.articles)
      article.lineOf = () => {
        throw new Error('lineOf asked for an article with no problem');
      };
    expect(coverProblems(model)).toEqual([]);
    // The same article with a problem asks for its line, so the test above can fail.
    const missing = contentModel(withCover('cover: { src: ../../media/none.png, alt: Chart }'));
    expect(coverProblems(missing).map((problem) => problem.line)).toEqual([4]);
  });

  it.each<[string, string, Record<string, number>, string]>([
    [
      'a missing file',
      'cover: { src: ../../media/reserve.png, alt: Chart }',
      CHART,
      'articles/en/a.md:4  [cover.src] cover "../../media/reserve.png" points at media/reserve.png, which does not exist → put the image in media/ and write its path relative to this file (../../media/<name>), or fix the name',
    ],
    [
      'a file that is no image',
      'cover: { src: ../../media/report.pdf, alt: Report }',
      { 'media/report.pdf': 100 },
      'articles/en/a.md:4  [cover.src] cover "../../media/report.pdf" points at media/report.pdf, which is not an image the site can optimise → use one of png, jpg, jpeg, apng, gif, webp, avif, tiff, svg',
    ],
    [
      'an SVG, which previews do not show',
      'cover: { src: ../../media/flow.svg, alt: Flow }',
      { 'media/flow.svg': 100 },
      'articles/en/a.md:4  [cover.src] cover "../../media/flow.svg" points at media/flow.svg, an SVG, which link previews do not show → use a PNG, JPEG or WebP picture (save the drawing as PNG), or remove `cover:` to use the first figure',
    ],
    [
      'an image of another site',
      'cover: { src: https://example.org/c.png, alt: Chart }',
      CHART,
      'articles/en/a.md:4  [cover.src] cover "https://example.org/c.png" is not a file of media/: the site optimises and serves only its own images → save the image in media/ (mind its licence) and write its path relative to this file: ../../media/<name>',
    ],
    [
      'a cover without alt text',
      'cover:\n  src: ../../media/charts/reserves.png',
      CHART,
      'articles/en/a.md:4  [cover.alt] is missing → say what the picture shows: `alt: …` under `cover:`, for readers who cannot see it',
    ],
    [
      'an empty alt text',
      'cover:\n  src: ../../media/charts/reserves.png\n  alt: " "',
      CHART,
      'articles/en/a.md:6  [cover.alt] is invalid (" "): must not be empty: say what the picture shows → say what the picture shows: `alt: …` under `cover:`, for readers who cannot see it',
    ],
    [
      'a bare path, without alt text',
      'cover: ../../media/charts/reserves.png',
      CHART,
      'articles/en/a.md:4  [cover] is invalid ("../../media/charts/reserves.png"): must give the picture and its alt text, as `src:` and `alt:` → write `cover: { src: ../../media/<name>, alt: What it shows }`: an image of media/, with its alt text',
    ],
    [
      'a key the cover does not have',
      'cover: { src: ../../media/charts/reserves.png, alt: Chart, title: Reserves }',
      CHART,
      'articles/en/a.md:4  [cover.title] "title" is not a field of `cover:` → remove it, or correct its name: the fields of `cover:` are src, alt',
    ],
  ])('reports %s at its line, naming the field', (_, cover, media, expected) => {
    expect(lines(reportOf(cover, media).errors)).toEqual([expected]);
  });
});
