import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/core/content/contentProblem';
import type { MediaFile } from '../../../src/core/content/contentFiles';
import { unusedMedia } from '../../../src/site/validation/checks/images';
import { MAX_LINKED_MEDIA_BYTES, mediaLinkProblems } from '../../../src/site/validation/checks/mediaLinks';
import { contentModel } from '../../../src/site/validation/contentModel';
import { bodyCache } from '../../../src/site/validation/bodyCache';
import { checkContent } from '../../../src/site/validation/validateContent';

/** A content folder in memory: `path => body` (body line 1 is file line 6; a draft*.md is a draft, one line more) and media sizes. */
function inputOf(bodies: Record<string, string>, media: Record<string, number> = {}) {
  const articles = Object.entries(bodies).map(([path, body]) => ({
    path,
    file: `articles/${path}`,
    text: `---\ntitle: T\ndate: 2019-11-18\n${path.includes('/draft') ? 'draft: true\n' : ''}---\n\n${body}\n`,
  }));
  const files: MediaFile[] = Object.entries(media).map(([path, bytes]) => ({ path, file: `content/${path}`, bytes }));
  return { articles, media: files };
}

const errorsOf = (bodies: Record<string, string>, media: Record<string, number> = {}) =>
  mediaLinkProblems(contentModel(inputOf(bodies, media))).map(formatProblem);

const REPORT = { 'media/reports/fatf 2019.pdf': 120_000 };

describe('mediaLinkProblems', () => {
  it.each<[string, string]>([
    ['a link to a PDF of media/, in a sub-folder, with %20 for a space', '[report](../../media/reports/fatf%202019.pdf)'],
    ['a link with a fragment', '[page 3](../../media/reports/fatf%202019.pdf#page=3)'],
    ['a link definition', '[report][r]\n\n[r]: ../../media/reports/fatf%202019.pdf'],
    ['links elsewhere', '[FATF](https://www.fatf-gafi.org/report.pdf), [home](/en/), [notes](#notes)'],
    ['a link in code', '`[report](../../media/none.pdf)`'],
  ])('accepts %s', (_, body) => {
    expect(errorsOf({ 'en/a.md': body }, REPORT)).toEqual([]);
  });

  it.each([
    [
      'a missing file',
      'Text.\n\n[report](../../media/reports/fatf-2019.pdf)',
      'articles/en/a.md:8  [link] the link "../../media/reports/fatf-2019.pdf" points at media/reports/fatf-2019.pdf, which does not exist → put the file in media/ and write its path relative to this file (../../media/<name>), or fix the name',
    ],
    [
      'a file over 20 MB',
      '[data](../../media/big.zip)',
      'articles/en/a.md:6  [link] the link "../../media/big.zip" points at media/big.zip, which is 20.0 MB, over the limit of 20.0 MB → link to the file where its publisher keeps it, or save a smaller version (a PDF compressed, or only the pages cited)',
    ],
    [
      'a link to an image',
      '[the chart](../../media/chart.png)',
      'articles/en/a.md:6  [link] the link "../../media/chart.png" points at the image media/chart.png, which the site publishes only where an article shows it → show the image instead: ![What it shows](../../media/chart.png)',
    ],
  ])('reports %s, at its line', (_, body, error) => {
    expect(errorsOf({ 'en/a.md': body }, { ...REPORT, 'media/big.zip': MAX_LINKED_MEDIA_BYTES + 1, 'media/chart.png': 10 })).toEqual([
      error,
    ]);
  });

  it('checks drafts too, and runs with the validator’s other checks', () => {
    expect(errorsOf({ 'zh/draft-a.md': '[报告](../../media/none.pdf)' })).toEqual([
      expect.stringMatching(
        /^articles\/zh\/draft-a\.md:7 {2}\[link\] the link "\.\.\/\.\.\/media\/none\.pdf" points at media\/none\.pdf, which does not exist/,
      ),
    ]);
    expect(checkContent(inputOf({ 'en/a.md': '[r](../../media/none.pdf)' })).errors).toContainEqual(
      expect.objectContaining({ field: 'link', message: 'the link "../../media/none.pdf" points at media/none.pdf, which does not exist' }),
    );
  });
});

describe('unusedMedia counts links', () => {
  it('warns of a file of media/ no article shows or links to, and tells how to link a file that is no image', () => {
    const input = inputOf({ 'en/a.md': '[report](../../media/reports/fatf%202019.pdf)' }, { ...REPORT, 'media/old.pdf': 10 });
    expect(unusedMedia(contentModel(input)).map(formatProblem)).toEqual([
      'content/media/old.pdf  [media] no article shows this file → link to it from an article ([What it is](../../media/old.pdf)) or delete it',
    ]);
  });

  it('keeps the links a body has in the body cache, so a build that does not parse it again still counts them', () => {
    const input = inputOf({ 'en/a.md': '[report](../../media/reports/fatf%202019.pdf)' }, REPORT);
    const first = bodyCache({}, input, 'v1');
    expect(checkContent(input, first).warnings).toEqual([]);
    const again = bodyCache(first.entries(), input, 'v1');
    expect(checkContent(input, again).warnings).toEqual([]);
    expect(again.reused()).toBe(1);
  });
});
