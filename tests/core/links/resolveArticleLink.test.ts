import { describe, expect, it } from 'vitest';
import { bodyLineOffset } from '../../../src/core/articles/bodyLineOffset';
import {
  aliasTargets,
  articleSet,
  articleSetOf,
  resolveMarkdownLink,
  resolveWikilink,
  type LinkSource,
} from '../../../src/core/links/resolveArticleLink';

const articles = articleSet([
  { locale: 'en', slug: 'pair', published: true, title: 'A pair' },
  { locale: 'zh', slug: 'pair', published: true, title: '一对' },
  { locale: 'en', slug: 'only-en', published: true, title: 'Only English' },
  { locale: 'zh', slug: 'only-zh', published: true, title: '只有中文' },
  { locale: 'en', slug: 'wip', published: false, title: 'Work in progress' },
]);
const en: LinkSource = { locale: 'en', slug: 'here' };
const zh: LinkSource = { locale: 'zh', slug: 'here' };

describe('resolveWikilink', () => {
  it.each([
    // inner text, from, href, crossLanguage, isFallback, text
    ['pair', en, '/en/articles/pair/', false, false, undefined],
    ['pair', zh, '/zh/articles/pair/', false, false, undefined],
    ['pair|the pair', en, '/en/articles/pair/', false, false, 'the pair'],
    ['pair#reserves', en, '/en/articles/pair/#reserves', false, false, undefined],
    ['pair#reserves|Reserves', zh, '/zh/articles/pair/#reserves', false, false, 'Reserves'],
    ['zh:pair', en, '/zh/articles/pair/', true, false, undefined],
    ['en:pair|English', zh, '/en/articles/pair/', true, false, 'English'],
    ['only-zh', en, '/zh/articles/only-zh/', true, true, undefined],
    ['only-en', zh, '/en/articles/only-en/', true, true, undefined],
    [' pair | spaced ', en, '/en/articles/pair/', false, false, 'spaced'],
  ] as const)('[[%s]] from %o => %s', (inner, from, href, crossLanguage, isFallback, text) => {
    const result = resolveWikilink(inner, from, articles);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.target).toMatchObject({ href, crossLanguage, isFallback, text, published: true });
  });

  it('exposes draft targets for the validator', () => {
    const result = resolveWikilink('wip', en, articles);
    expect(result).toMatchObject({ ok: true, target: { slug: 'wip', published: false } });
  });

  it.each([
    ['missing', en, 'no article "missing" exists in any language'],
    ['zh:only-en', en, 'no zh version of "only-en" exists'],
    ['en:only-zh', zh, 'no en version of "only-zh" exists'],
    ['fr:pair', en, '"fr" is not a site language'],
    ['Pair', en, '"Pair" is not a valid article slug'],
    ['', en, 'is not a valid article slug'],
    ['pair#has space', en, 'is not a heading id'],
  ] as const)('[[%s]] from %o fails: %s', (inner, from, error) => {
    const result = resolveWikilink(inner, from, articles);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(error);
  });
});

describe('resolveMarkdownLink', () => {
  it.each([
    ['./pair.md', en, '/en/articles/pair/', false, false],
    ['pair.md', zh, '/zh/articles/pair/', false, false],
    ['../zh/pair.md', en, '/zh/articles/pair/', true, false],
    ['../en/pair.mdx#reserves', zh, '/en/articles/pair/#reserves', true, false],
    ['./only-zh.md', en, '/zh/articles/only-zh/', true, true],
    ['./pair.md#%E5%82%A8%E5%A4%87', zh, `/zh/articles/pair/#${encodeURIComponent('储备')}`, false, false],
  ] as const)('%s from %o => %s', (url, from, href, crossLanguage, isFallback) => {
    expect(resolveMarkdownLink(url, from, articles)).toMatchObject({ ok: true, target: { href, crossLanguage, isFallback } });
  });

  it.each(['https://example.org/a.md', '/en/articles/pair/', '#section', 'image.png', 'mailto:a@b.c', './notes.txt'])(
    'leaves %s alone',
    (url) => {
      expect(resolveMarkdownLink(url, en, articles)).toBeUndefined();
    },
  );

  it.each([
    ['./missing.md', 'no article "missing" exists in any language'],
    ['../zh/only-en.md', 'no zh version of "only-en" exists'],
    ['../../README.md', 'does not point to an article file'],
    ['../fr/pair.md', 'unknown language folder'],
  ])('%s fails: %s', (url, error) => {
    const result = resolveMarkdownLink(url, en, articles);
    expect(result?.ok).toBe(false);
    if (result && !result.ok) expect(result.error).toContain(error);
  });
});

describe('links to an old slug (an alias)', () => {
  const renamed = articleSet([
    { locale: 'en', slug: 'new-name', published: true, title: 'New name', aliases: ['old-name'] },
    { locale: 'zh', slug: 'new-name', published: true, title: '新名', aliases: ['old-name'] },
    { locale: 'zh', slug: 'zh-only', published: true, title: '只有中文', aliases: ['zh-old'] },
    { locale: 'en', slug: 'live', published: true, aliases: [] },
    { locale: 'en', slug: 'claims-live', published: true, aliases: ['live'] },
  ]);

  it.each([
    // written, how, from, href, isFallback
    ['old-name', 'wikilink', en, '/en/articles/new-name/', false],
    ['zh:old-name#risks|text', 'wikilink', en, '/zh/articles/new-name/#risks', false],
    ['old-name', 'wikilink', zh, '/zh/articles/new-name/', false],
    ['zh-old', 'wikilink', en, '/zh/articles/zh-only/', true],
    ['./old-name.md#part', 'file', en, '/en/articles/new-name/#part', false],
    ['../zh/old-name.md', 'file', en, '/zh/articles/new-name/', false],
  ] as const)('%s (%s) from %o resolves to the new URL %s', (written, how, from, href, isFallback) => {
    const result = how === 'wikilink' ? resolveWikilink(written, from, renamed) : resolveMarkdownLink(written, from, renamed);
    expect(result).toMatchObject({
      ok: true,
      target: { href, isFallback, renamedFrom: written.replace(/^.*?([a-z-]+-(?:name|old)).*$/, '$1') },
    });
  });

  it('marks no link to a live slug as renamed, even one another article claims', () => {
    for (const slug of ['live', 'new-name']) {
      const result = resolveWikilink(slug, en, renamed);
      expect(result).toMatchObject({ ok: true, target: { slug } });
      expect(result.ok && result.target.renamedFrom).toBeUndefined();
    }
  });

  it('fails an explicit language the renamed article lacks, naming its new slug', () => {
    expect(resolveWikilink('en:zh-old', zh, renamed)).toEqual({ ok: false, error: '"[[en:zh-old]]": no en version of "zh-only" exists' });
  });

  it('aliasTargets: a live slug is never an alias, a published claim beats a draft', () => {
    const targets = aliasTargets([
      { slug: 'draft', aliases: ['x'], published: false },
      { slug: 'pub', aliases: ['x', 'draft'], published: true },
    ]);
    expect([...targets]).toEqual([['x', 'pub']]);
  });
});

describe('bodyLineOffset', () => {
  it.each([
    ['---\ntitle: A\n---\n\nHello', 'Hello', 4],
    ['---\ntitle: A\n---\nHello', 'Hello', 3],
    ['---\r\ntitle: A\r\n---\r\n\r\nHello\r\n', 'Hello', 4],
    ['No frontmatter', 'No frontmatter', 0],
    ['---\ntitle: Hello\n---\n\nHello', 'Hello', 4],
    ['---\ntitle: A\n---\n', 'Gone', 0],
  ])('%j / %j => %i', (raw, body, offset) => {
    expect(bodyLineOffset(raw, body)).toBe(offset);
  });
});

describe('articleSetOf', () => {
  it('makes the set of a list once, and a new one for a new list', () => {
    const list = [{ locale: 'en' as const, slug: 'a', published: true }];
    expect(articleSetOf(list)).toBe(articleSetOf(list));
    expect(articleSetOf(list).has('en/a')).toBe(true);
    expect(articleSetOf([...list])).not.toBe(articleSetOf(list));
  });
});
