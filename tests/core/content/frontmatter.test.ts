import { describe, expect, it } from 'vitest';
import { articleFacts, knownArticles, linksToItChange } from '../../../src/core/articles/articleFacts';
import { articlePosition, articleSource, withArticleFile } from '../../../src/core/content/contentFiles';
import { frontmatterFields, parseYamlWithLines, readFrontmatter, splitFrontmatter } from '../../../src/core/content/frontmatter';

describe('splitFrontmatter', () => {
  it.each([
    ['Unix lines', '---\ntitle: A\n---\nText', { yaml: 'title: A', body: 'Text', bodyLine: 4 }],
    ['Windows lines', '---\r\ntitle: A\r\n---\r\nLine\r\n', { yaml: 'title: A', body: 'Line\n', bodyLine: 4 }],
    ['a byte-order mark', '\uFEFF---\ntitle: A\n---\nText', { yaml: 'title: A', body: 'Text', bodyLine: 4 }],
    ['empty frontmatter', '---\n---\nText', { yaml: '', body: 'Text', bodyLine: 3 }],
    ['spaces after the fences', '---  \ntitle: A\n--- \nText', { yaml: 'title: A', body: 'Text', bodyLine: 4 }],
    ['nothing after the closing fence', '---\ntitle: A\n---', { yaml: 'title: A', body: '', bodyLine: 4 }],
    ['no frontmatter', 'Just text\n', { yaml: undefined, body: 'Just text\n', bodyLine: 1 }],
    ['an unclosed fence', '---\ntitle: A\nText', { yaml: undefined, body: '---\ntitle: A\nText', bodyLine: 1 }],
  ])('%s', (_, text, expected) => {
    const split = splitFrontmatter(text);
    expect({ yaml: split.yaml, body: split.body, bodyLine: split.bodyLine }).toEqual(expected);
  });

  it('gives offsets into the text as written, so an editor of the raw file keeps every other byte', () => {
    const raw = '---\r\ntitle: A\r\ndate: 2019-11-18\r\n---\r\nBody\r\n';
    const { yamlStart, yamlEnd, bodyStart } = splitFrontmatter(raw);
    expect(raw.slice(yamlStart, yamlEnd)).toBe('title: A\r\ndate: 2019-11-18\r\n');
    expect(raw.slice(bodyStart)).toBe('Body\r\n');
  });
});

describe('parseYamlWithLines', () => {
  it('numbers the lines of frontmatter from line 2 and of a YAML file from line 1', () => {
    expect(parseYamlWithLines('title: A\nsource:\n  url: x').lineOf(['source', 'url'])).toBe(4);
    expect(parseYamlWithLines('- id: a\n- id: b', 1).errors).toEqual([]);
    expect(parseYamlWithLines('title: [', 1).errors[0]?.line).toBe(1);
  });

  it('finds the line of a list item and of the fields inside it', () => {
    const parsed = parseYamlWithLines('- { id: a }\n- id: b\n  name:\n    en: B', 1);
    expect([parsed.lineOf([0]), parsed.lineOf([1]), parsed.lineOf([1, 'name', 'en']), parsed.lineOf([5])]).toEqual([1, 2, 4, 0]);
    expect(parseYamlWithLines('tags:\n  - a\n  - b').lineOf(['tags', 1])).toBe(4);
  });

  it('points a missing field at the opening fence', () => {
    expect(parseYamlWithLines('title: A').lineOf(['date'])).toBe(1);
  });

  it('gives no data when the YAML is broken', () => {
    const parsed = parseYamlWithLines('title: "A\ndate: x');
    expect(parsed.data).toBeUndefined();
    expect(parsed.errors.length).toBeGreaterThan(0);
  });
});

describe('readFrontmatter and frontmatterFields', () => {
  it.each([
    ['a map', '---\ntitle: A\ndraft: true\n---\n', { title: 'A', draft: true }],
    ['no frontmatter', 'Text', {}],
    ['a list instead of a map', '---\n- a\n---\n', {}],
    ['broken YAML', '---\ntitle: [\n---\n', {}],
  ])('%s', (_, text, fields) => {
    expect(frontmatterFields(readFrontmatter(text))).toEqual(fields);
  });
});

describe('articleSource, articleFacts and knownArticles', () => {
  const files = [
    { path: 'en/a.md', file: 'content/articles/en/a.md', text: '---\ntitle: A\naliases: [old-a, 3]\n---\nText' },
    { path: 'zh/a.md', file: 'content/articles/zh/a.md', text: '---\ntitle: 甲\ndraft: true\n---\n文字' },
    { path: 'en/b.md', file: 'content/articles/en/b.md', text: '---\ndate: 2019-11-18\n---\nNo title yet' },
    { path: 'fr/c.md', file: 'content/articles/fr/c.md', text: '---\ntitle: C\n---\n' },
  ];

  it('parses a file once: a parsed source passes through unchanged', () => {
    const source = articleSource(files[0]!);
    expect(articleSource(source)).toBe(source);
    expect(source.key).toEqual({ locale: 'en', slug: 'a' });
    expect(articleSource(files[3]!).key).toHaveProperty('error');
  });

  it('takes the published state from draft, and the title or else the slug', () => {
    const facts = articleFacts({ articles: files });
    expect(facts).toEqual([
      { locale: 'en', slug: 'a', title: 'A', aliases: ['old-a'], published: true },
      { locale: 'zh', slug: 'a', title: '甲', aliases: [], published: false },
      { locale: 'en', slug: 'b', title: 'b', aliases: [], published: true },
    ]);
    expect(knownArticles(facts).map((k) => [k.locale, k.slug, k.published])).toEqual([
      ['en', 'a', true],
      ['zh', 'a', false],
      ['en', 'b', true],
    ]);
  });

  it('reads a file saved again afresh: a new reading holds a new object for it (astro dev)', () => {
    const before = articleFacts({ articles: files });
    const saved = { ...files[0]!, text: '---\ntitle: A, retitled\ndraft: true\n---\nText' };
    expect(articleFacts({ articles: [saved, ...files.slice(1)] })[0]).toEqual({
      locale: 'en',
      slug: 'a',
      title: 'A, retitled',
      aliases: [],
      published: false,
    });
    expect(articleFacts({ articles: files })).toEqual(before);
  });
});

describe('withArticleFile and linksToItChange: one file read again (astro dev)', () => {
  const file = (path: string, text: string) => ({ path, file: `content/articles/${path}`, text });
  const a = file('en/a.md', '---\ntitle: A\n---\nText');
  const c = file('en/c.md', '---\ntitle: C\n---\nText');

  it('adds, replaces and removes a file, keeping the folder sorted by path', () => {
    const b = file('en/b.md', '---\ntitle: B\n---\n');
    expect(withArticleFile([a, c], 'en/b.md', b).map((f) => f.path)).toEqual(['en/a.md', 'en/b.md', 'en/c.md']);
    const newC = file('en/c.md', '---\ntitle: C again\n---\n');
    expect(withArticleFile([a, c], 'en/c.md', newC)).toEqual([a, newC]);
    expect(withArticleFile([a, c], 'en/a.md')).toEqual([c]);
    expect(withArticleFile([a, c], 'en/gone.md')).toEqual([a, c]);
  });

  it('keeps a folder in the order reading it gives, whatever is added or removed, and leaves the list it was given as it was', () => {
    // Paths where code-unit order and localeCompare disagree (hyphens, digits, case, the zh folder).
    const names = ['en/a-b.md', 'en/ab.md', 'en/a1.md', 'en/a-1.md', 'zh/x.md', 'en/Z.md', 'en/b.mdx', 'en/a.md'];
    const byReading = (paths: string[]) => [...paths].sort((x, y) => x.localeCompare(y));
    let list = byReading(names.slice(0, 4)).map((p) => file(p, ''));
    const given = [...list];
    const after = withArticleFile(list, 'en/zz.md', file('en/zz.md', ''));
    expect(list).toEqual(given);
    list = after;
    for (const path of names.slice(4)) list = withArticleFile(list, path, file(path, ''));
    list = withArticleFile(list, 'en/a-1.md');
    const expected = byReading([...names.filter((p) => p !== 'en/a-1.md'), 'en/zz.md']);
    expect(list.map((f) => f.path)).toEqual(expected);
    for (const [at, path] of expected.entries()) expect(articlePosition(list, path)).toEqual({ at, found: true });
    expect(articlePosition(list, 'en/a-1.md')).toEqual({ at: expected.filter((p) => p.localeCompare('en/a-1.md') < 0).length, found: false });
  });

  it.each([
    ['a new article', undefined, a, true],
    ['a deleted article', a, undefined, true],
    ['a new title', a, file('en/a.md', '---\ntitle: A, retitled\n---\nText'), true],
    ['a draft', a, file('en/a.md', '---\ntitle: A\ndraft: true\n---\nText'), true],
    ['an edit of the text', a, file('en/a.md', '---\ntitle: A\n---\nOther text'), false],
    ['a new date', a, file('en/a.md', '---\ntitle: A\ndate: 2020-01-01\n---\nText'), false],
    // A link to the old slug now points at it.
    ['a new alias', a, file('en/a.md', '---\ntitle: A\naliases: [old]\n---\nText'), true],
    ['a file that is no article, written', undefined, file('notes.md', 'x'), false],
  ])('%s', (_name, before, after, expected) => expect(linksToItChange(before, after)).toBe(expected));
});
