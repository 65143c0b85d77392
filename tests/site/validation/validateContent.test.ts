import { describe, expect, it } from 'vitest';
import { formatProblem, validateContentDir, type ContentProblem } from '../../../src/site/validation';
import { article, writeContentFolder } from '../../helpers/contentFolder';

const ok = (slug: string, extra = '', body?: string) => article(`title: ${slug}\ndate: 2019-11-18${extra ? `\n${extra}` : ''}`, body);

/** The problems for a content folder, as `file-name:line [field] message → fix` without the temp path. */
async function problemsOf(files: Record<string, string>): Promise<string[]> {
  const dir = await writeContentFolder(files);
  return validateContentDir(dir).map((p: ContentProblem) => formatProblem({ ...p, file: p.file.slice(dir.length + 1) }));
}

describe('validateContent: one clear message per case (file, line, field, fix)', () => {
  it.each<[string, Record<string, string>, RegExp[]]>([
    [
      'a missing title',
      { 'articles/en/a.md': article('date: 2019-11-18') },
      [/^articles\/en\/a\.md:1 {2}\[title\] is missing → add a non-empty `title:`/],
    ],
    [
      'a bad date',
      { 'articles/en/a.md': article('title: A\ndate: 2019-13-45') },
      [/^articles\/en\/a\.md:3 {2}\[date\] "2019-13-45" is not a valid date → write the publication date as YYYY-MM-DD/],
    ],
    [
      'an unknown kind',
      { 'articles/en/a.md': ok('a', 'kind: essay') },
      [/^articles\/en\/a\.md:4 {2}\[kind\] is invalid \("essay"\).*→ use `kind: article` or `kind: brief`/],
    ],
    [
      'an unknown date source',
      { 'articles/en/a.md': ok('a', 'dateFrom: guess') },
      [
        /^articles\/en\/a\.md:4 {2}\[dateFrom\] is invalid .*→ write where the date came from, one of url, text, collected; or remove `dateFrom:`/,
      ],
    ],
    [
      'an unknown topic',
      { 'articles/en/a.md': ok('a', 'topics: [regulation, nope]') },
      [
        /^articles\/en\/a\.md:4 {2}\[topics\] unknown topic "nope" → use one of the ids in topics\.yaml \(blockchain-industry, regulation, cbdc\)/,
      ],
    ],
    [
      'a slug that is not lowercase ASCII',
      { 'articles/en/Fed_Rates.md': ok('x') },
      [
        /^articles\/en\/Fed_Rates\.md {2}\[file name\] "en\/Fed_Rates\.md" has the slug "Fed_Rates", which is not lowercase ASCII.*→ rename the file/,
      ],
    ],
    ['a Chinese slug', { 'articles/zh/稳定币.md': ok('x') }, [/\[file name\] .*not lowercase ASCII/]],
    [
      'a glossary entry without an English form, and two entries with one id',
      {
        'articles/en/a.md': ok('a'),
        'glossary.yaml': '- { zh: 稳定币 }\n- { zh: 旅行规则, en: Travel rule }\n- { zh: 规则, en: travel-rule }\n',
      },
      [
        /^glossary\.yaml:1 {2}\[glossary\[0\]\.en\] is missing → write the term as it is written in that language/,
        /^glossary\.yaml:3 {2}\[glossary\[2\]\.id\] "travel-rule" is also the id of the entry on line 2 → give one of the two entries an explicit `id:`/,
      ],
    ],
    [
      'the same slug twice in one language',
      { 'articles/en/a.md': ok('a'), 'articles/en/a.mdx': ok('a') },
      [
        /^articles\/en\/a\.md {2}\[slug\] the slug "en\/a" is also used by .*articles\/en\/a\.mdx → keep one file per slug/,
        /^articles\/en\/a\.mdx {2}\[slug\] .*also used by .*articles\/en\/a\.md /,
      ],
    ],
    [
      'an alias that is a live slug',
      { 'articles/en/a.md': ok('a', 'aliases: [b]'), 'articles/zh/b.md': ok('b') },
      [
        /^articles\/en\/a\.md:4 {2}\[aliases\] the alias "b" is the slug of .*articles\/zh\/b\.md → remove the alias, or rename the other article/,
      ],
    ],
    [
      'an alias claimed by two articles',
      { 'articles/en/a.md': ok('a', 'aliases: [old]'), 'articles/en/b.md': ok('b', 'aliases: [old]') },
      [
        /^articles\/en\/a\.md:4 {2}\[aliases\] the alias "old" is also claimed by .*articles\/en\/b\.md/,
        /^articles\/en\/b\.md:4 {2}\[aliases\] the alias "old" is also claimed by .*articles\/en\/a\.md/,
      ],
    ],
    [
      'a translation whose original does not exist',
      { 'articles/zh/a.md': ok('a', 'translation: { from: en }') },
      [
        /^articles\/zh\/a\.md:4 {2}\[translation\.from\] says this translates en\/a, which does not exist → add the original as articles\/en\/a\.md/,
      ],
    ],
    [
      'a broken Markdown link to an article URL',
      { 'articles/en/a.md': ok('a', '', 'Intro.\n\nSee [b](/zh/articles/b/).') },
      [/^articles\/en\/a\.md:8 {2}\[link\] "\/zh\/articles\/b\/" points at the article "b", which does not exist → fix the slug/],
    ],
    [
      'a broken relative link to an article file',
      { 'articles/en/a.md': ok('a', '', 'See [b](../zh/b.md).') },
      [/^articles\/en\/a\.md:6 {2}\[link\] broken link "\.\.\/zh\/b\.md": no zh version of "b" exists/],
    ],
    [
      'a broken wikilink',
      { 'articles/en/a.md': ok('a', '', 'First.\nSee [[nope]].') },
      [
        /^articles\/en\/a\.md:7 {2}\[link\] broken link "\[\[nope\]\]": no article "nope" exists in any language → link to an existing article slug/,
      ],
    ],
    [
      'a wikilink to a renamed article (a warning, checks.test.ts)',
      { 'articles/en/a.md': ok('a', '', 'See [[old-b]].'), 'articles/en/b.md': ok('b', 'aliases: [old-b]') },
      [],
    ],
    [
      'a link to an unknown topic',
      { 'articles/en/a.md': ok('a', '', 'See [t](/en/topics/nope/).') },
      [/\[link\] "\/en\/topics\/nope\/" points at the topic "nope", which does not exist/],
    ],
    [
      'a published article linking to a draft',
      { 'articles/en/a.md': ok('a', '', 'See [[d]] and [d](/en/articles/d/).'), 'articles/en/d.md': ok('d', 'draft: true') },
      [
        /^articles\/en\/a\.md:6 {2}\[link\] "\[\[d\]\]" points at a draft \(articles\/en\/d\) → publish the draft/,
        /^articles\/en\/a\.md:6 {2}\[link\] "\/en\/articles\/d\/" points at a draft .*→ publish the draft/,
      ],
    ],
    [
      'an empty body on an article',
      { 'articles/en/a.md': ok('a', '', '') },
      [/^articles\/en\/a\.md:5 {2}\[body\] the article has no text → write the article below the frontmatter, or mark it `kind: brief`/],
    ],
    [
      'invalid MDX',
      { 'articles/en/a.mdx': ok('a', '', 'Fine.\n\n<Note>unclosed') },
      [/^articles\/en\/a\.mdx:8 {2}\[MDX\] invalid MDX: .*→ fix the JSX or \{expression\}/],
    ],
    [
      'an explicit heading id used twice',
      { 'articles/en/a.md': ok('a', '', '## Reserves {#reserves}\n\n## Reserves') },
      [
        /^articles\/en\/a\.md:8 {2}\[heading id\] "#reserves" is already the id of the heading on line 6 → give one of the headings its own explicit id/,
      ],
    ],
    [
      'broken YAML',
      { 'articles/en/a.md': article('title: [unclosed\ndate: 2019-11-18') },
      [/^articles\/en\/a\.md:\d+ {2}\[frontmatter\] YAML error/],
    ],
  ])('%s', async (_name, files, expected) => {
    const problems = await problemsOf(files);
    expect(problems).toHaveLength(expected.length);
    expected.forEach((pattern, i) => expect(problems[i]).toMatch(pattern));
  });

  it.each<[string, Record<string, string>]>([
    ['a brief without a body', { 'articles/en/a.md': ok('a', 'kind: brief', '') }],
    ['a translation with its original', { 'articles/en/a.md': ok('a'), 'articles/zh/a.md': ok('a', 'translation: { from: en }') }],
    [
      'links to an article, its alias, a topic and a wikilink fallback',
      {
        'articles/en/a.md': ok(
          'a',
          '',
          'See [b](/zh/articles/b/), [old](/en/articles/old-b/), [t](/en/topics/cbdc/2/), [[b#part]] and [[zh:b]].',
        ),
        'articles/zh/b.md': ok('b', 'aliases: [old-b]', '## Part'),
      },
    ],
    [
      'the same alias listed by an original and its translation',
      {
        'articles/en/a.md': ok('a', 'aliases: [old]'),
        'articles/zh/a.md': ok('a', 'translation: { from: en }\naliases: [old]'),
      },
    ],
    ['a draft linking to a missing article', { 'articles/en/d.md': ok('d', 'draft: true', 'See [[nope]].') }],
    [
      'explicit heading ids in Markdown and MDX',
      {
        'articles/en/a.md': ok('a', '', '## 储备 {#reserves}\n\nSee [r](#reserves).'),
        'articles/en/b.mdx': ok('b', '', '## Part {#part}\n\n<Callout type="note">x</Callout>'),
      },
    ],
    ['external links and anchors', { 'articles/en/a.md': ok('a', '', 'See [x](https://example.org/a.md), [y](#top) and <mailto:a@b.c>.') }],
  ])('accepts %s', async (_name, files) => {
    expect(await problemsOf(files)).toEqual([]);
  });

  it('reports every problem of a folder in one run, sorted by file and line', async () => {
    const problems = await problemsOf({
      'articles/en/a.md': article('date: nope\nkind: essay\ntopics: [nope]', 'See [[missing]].'),
      'articles/zh/b.md': ok('b', 'translation: { from: en }', ''),
    });
    expect(problems.map((p) => p.replace(/ → .*/, ''))).toEqual([
      'articles/en/a.md:1  [title] is missing',
      'articles/en/a.md:2  [date] "nope" is not a valid date',
      expect.stringMatching(/^articles\/en\/a\.md:3 {2}\[kind\] is invalid/),
      'articles/en/a.md:4  [topics] unknown topic "nope"',
      'articles/en/a.md:7  [link] broken link "[[missing]]": no article "missing" exists in any language',
      'articles/zh/b.md:4  [translation.from] says this translates en/b, which does not exist',
      'articles/zh/b.md:6  [body] the article has no text',
    ]);
  });

  it('finds no problem in the real content and the fixture site', () => {
    expect(validateContentDir('content')).toEqual([]);
    expect(validateContentDir('tests/fixtures/site')).toEqual([]);
  });
});
