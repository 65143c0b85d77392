import { describe, expect, it } from 'vitest';
import type { ContentFile, ContentInput } from '../../../src/core/content/contentFiles';
import { bodyCache, type StoredFindings } from '../../../src/site/validation/bodyCache';
import { readContentFolder } from '../../../src/site/contentFolder';
import { checkContent } from '../../../src/site/validation/validateContent';
import { PROJECT_ROOT } from '../../helpers/buildSite';

const TOPICS = {
  file: 'topics.yaml',
  text: '- id: regulation\n  name: { en: Regulation, zh: 监管 }\n  description: { en: Rules, zh: 规则 }\n',
};
const GLOSSARY = { file: 'glossary.yaml', text: '- { zh: 稳定币, en: stablecoin }\n' };

function file(path: string, frontmatter: string, body: string): ContentFile {
  return { path, file: `articles/${path}`, text: `---\ntitle: T ${path}\ndate: 2019-11-18\n${frontmatter}---\n\n${body}\n` };
}

/** A small folder whose bodies read every kind of context: links, site paths, asides, components, images. */
const BASE: ContentInput = {
  topics: TOPICS,
  glossary: GLOSSARY,
  media: [{ path: 'media/chart.png', file: 'media/chart.png', bytes: 100 }],
  articles: [
    file('en/a.md', '', 'See [[b]] and [[old]], [the topic](/en/topics/regulation/) and [B](/en/articles/b/).\n\n:::note\nA note.\n:::'),
    file('en/b.md', '', 'Text of b.\n\n![A chart](../../media/chart.png)'),
    file('en/c.mdx', '', 'A <Term id="stablecoin" /> and <ArticleCard slug="b" />.'),
    file('zh/a.md', 'translation: { from: en }\n', '见 [[b]]。'),
  ],
};

const withFile = (input: ContentInput, f: ContentFile): ContentInput => ({
  ...input,
  articles: [...input.articles.filter((a) => a.path !== f.path), f],
});
const withoutFile = (input: ContentInput, path: string): ContentInput => ({
  ...input,
  articles: input.articles.filter((a) => a.path !== path),
});
const textOf = (input: ContentInput, path: string) => input.articles.find((a) => a.path === path)!.text;

/**
 * Checks `input` with the findings a run over `before` stored, and returns the
 * report, how many bodies came from the cache, and what a run without a cache reports.
 */
function againWithCache(before: ContentInput, input: ContentInput, code = 'v1') {
  const first = bodyCache({}, before, code);
  checkContent(before, first);
  const stored: StoredFindings = JSON.parse(JSON.stringify(first.entries()));
  const cache = bodyCache(stored, input, code);
  const report = checkContent(input, cache);
  return { report, hits: cache.reused(), fresh: checkContent(input), cache };
}

const lines = (problems: { file: string; line?: number; message: string }[]) =>
  problems.map((p) => `${p.file}:${p.line ?? ''} ${p.message}`);

describe('the validator’s body cache', () => {
  it('reports exactly what a run without it reports, taking every unchanged body from it', () => {
    const { report, hits, fresh } = againWithCache(BASE, BASE);
    expect(hits).toBe(BASE.articles.length);
    expect(report).toEqual(fresh);
    expect(lines(report.errors)).toEqual([expect.stringContaining('articles/en/a.md:6 broken link "[[old]]"')]);
  });

  it('parses an edited body again, and only that one', () => {
    const edited = withFile(BASE, file('en/b.md', '', 'Now linking [[nowhere]].'));
    const { report, hits, fresh } = againWithCache(BASE, edited);
    expect(hits).toBe(BASE.articles.length - 1);
    expect(report).toEqual(fresh);
    expect(lines(report.errors)).toContain('articles/en/b.md:6 broken link "[[nowhere]]": no article "nowhere" exists in any language');
    // The image it no longer shows is now unused.
    expect(lines(report.warnings)).toEqual(['media/chart.png: no article shows this file']);
  });

  // Each change below leaves en/a.md, en/c.mdx and zh/a.md as they were, but changes what their checks find.
  it.each<[string, ContentInput, string]>([
    ['the article a link points at is deleted', withoutFile(BASE, 'en/b.md'), 'articles/en/a.md:6 broken link "[[b]]"'],
    [
      'the article a link points at becomes a draft',
      withFile(BASE, { ...BASE.articles[1]!, text: textOf(BASE, 'en/b.md').replace('---\n\n', 'draft: true\n---\n\n') }),
      'articles/en/a.md:6 "[[b]]" points at a draft',
    ],
    [
      'another article claims the missing slug as an alias',
      withFile(BASE, { ...BASE.articles[1]!, text: textOf(BASE, 'en/b.md').replace('---\n\n', 'aliases: [old]\n---\n\n') }),
      'articles/en/a.md:6 "[[old]]" names the old slug of "b" → write [[b]]',
    ],
    [
      'the topic a site path names is removed',
      { ...BASE, topics: { ...TOPICS, text: TOPICS.text.replace(/regulation/g, 'policy') } },
      'points at the topic "regulation", which does not exist',
    ],
    [
      'the glossary term a <Term> names is removed',
      { ...BASE, glossary: { ...GLOSSARY, text: '- { zh: 央行, en: central bank }\n' } },
      'articles/en/c.mdx:6 <Term> names "stablecoin"',
    ],
    [
      'the media file an image shows is removed',
      { ...BASE, media: [] },
      'articles/en/b.md:8 ![A chart](../../media/chart.png) points at media/chart.png, which does not exist',
    ],
    [
      'the media file an image shows grows over the limit',
      { ...BASE, media: [{ ...BASE.media![0]!, bytes: 6 * 1024 * 1024 }] },
      'which is 6.0 MB, over the limit',
    ],
  ])('finds a new problem in an unchanged body when %s', (_name, changed, expected) => {
    const { report, fresh } = againWithCache(BASE, changed);
    expect(report).toEqual(fresh);
    // Errors and warnings: a link to an old slug is a warning.
    const found = [...report.errors, ...report.warnings];
    expect(
      lines(found)
        .concat(found.map((p) => `${p.file}:${p.line} ${p.message} → ${p.fix}`))
        .join('\n'),
    ).toContain(expected);
  });

  it('keeps the findings of the content contract (addresses, HTML, MDX code) for bodies it does not parse again', () => {
    const hostile = withFile(
      withFile(BASE, file('en/d.md', '', '[x](javascript:alert(1))\n\n<script>alert(2)</script>')),
      file('en/e.mdx', '', 'import fs from \'node:fs\'\n\n<span onClick="alert(3)">x</span> {process.env.HOME}'),
    );
    const { report, hits, fresh } = againWithCache(hostile, hostile);
    expect(hits).toBe(hostile.articles.length);
    expect(report).toEqual(fresh);
    expect(lines(report.errors).filter((l) => /articles\/en\/[de]\./.test(l))).toEqual([
      'articles/en/d.md:6 the link "javascript:alert(1)" uses the scheme "javascript:", which an article may not use',
      'articles/en/d.md:8 <script> is not allowed in an article: it runs code in the reader’s browser',
      'articles/en/e.mdx:6 the MDX article imports or exports code: "import fs from \'node:fs\'"',
      'articles/en/e.mdx:8 the attribute "onClick" on <span> runs code in the reader’s browser',
      'articles/en/e.mdx:8 the {expression} {process.env.HOME} is code, which an article may not run',
    ]);
  });

  it('takes nothing from findings stored by another version of the code', () => {
    const { hits } = againWithCache(BASE, BASE, 'v1');
    expect(hits).toBe(4);
    const first = bodyCache({}, BASE, 'v1');
    checkContent(BASE, first);
    const other = bodyCache(first.entries(), BASE, 'v2');
    expect(BASE.articles.map((a) => other.get(other.keyOf(a)))).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('keeps only the findings of the files of the last run', () => {
    const { cache } = againWithCache(BASE, withoutFile(BASE, 'en/c.mdx'));
    expect(Object.keys(cache.entries())).toHaveLength(3);
    expect(cache.changed()).toBe(true);
    const same = againWithCache(BASE, BASE).cache;
    expect(same.changed()).toBe(false);
  });

  // content/ holds whatever a team has (none at first); the sample articles are a fixture of their own.
  it.each(['content', 'tests/fixtures/sample-content'])('gives %s the same report with and without it', (folder) => {
    const content = readContentFolder(`${PROJECT_ROOT}/${folder}`, PROJECT_ROOT);
    const { report, hits, fresh } = againWithCache(content, content);
    expect(hits).toBe(content.articles.length);
    expect(report).toEqual(fresh);
  });
});
