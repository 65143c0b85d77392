import { describe, expect, it } from 'vitest';
import {
  filesLinkingTo,
  filesNaming,
  linkDependencyStamp,
  linkedArticles,
  linkedSlugs as linkedSlugsOf,
} from '../../../src/core/links/linkDependencies';
import { articleSet, type KnownArticle } from '../../../src/core/links/resolveArticleLink';
import { parseMarkdown } from '../../../src/markdown/parseMarkdown';
import { rewriteArticleLinks } from '../../../src/markdown/rewriteArticleLinks';

const known: KnownArticle[] = [
  { locale: 'en', slug: 'fed-rates', published: true, title: 'The Fed holds rates' },
  { locale: 'zh', slug: 'fed-rates', published: true, title: '美联储维持利率' },
  { locale: 'zh', slug: 'cbdc', published: true, title: '央行数字货币' },
  { locale: 'en', slug: 'draft-one', published: false, title: 'Not yet' },
  { locale: 'en', slug: 'other', published: true, title: 'Unrelated' },
];
const set = articleSet(known);
const linkedSlugs = (text: string) => linkedArticles(text).map((a) => a.slug);

describe('linkedArticles', () => {
  it('finds wikilinks in every form', () => {
    expect(linkedSlugs('See [[fed-rates]], [[zh:cbdc#risks|央行]] and [[ other | x ]].')).toEqual(['cbdc', 'fed-rates', 'other']);
  });

  it('finds relative links and link definitions to article files', () => {
    const text = 'A [link](./fed-rates.md) and [another](../zh/cbdc.mdx#part).\n\n[ref]: draft-one.md "Title"\n';
    expect(linkedSlugs(text)).toEqual(['cbdc', 'draft-one', 'fed-rates']);
  });

  it('knows which links may show the title of their target: wikilinks without text', () => {
    expect(linkedArticles('[[a|text]] [x](./b.md) [[c]] [[a]]')).toEqual([
      { slug: 'a', showsTitle: true },
      { slug: 'b', showsTitle: false },
      { slug: 'c', showsTitle: true },
    ]);
  });

  it('finds nothing in a text without links to articles', () => {
    expect(linkedSlugs('Plain text with a [web link](https://example.org/a) and `code`.')).toEqual([]);
  });

  it('covers every link the link step resolves, on the same text', () => {
    const text = [
      'First [[fed-rates]] then [[zh:cbdc|央行数字货币]].',
      '',
      '- [file](../zh/fed-rates.md#x) and [[draft-one]]',
      '',
      '[def]: ./other.md',
      '',
      'Use [def] here.',
    ].join('\n');
    const found = rewriteArticleLinks(parseMarkdown(text), { locale: 'en', slug: 'me' }, set);
    const resolved = found.flatMap((link) => (link.resolution.ok ? [link.resolution.target.slug] : []));
    expect(resolved.length).toBeGreaterThanOrEqual(4);
    expect(linkedSlugs(text)).toEqual(expect.arrayContaining(resolved));
  });
});

describe('linkDependencyStamp', () => {
  const text = 'See [[fed-rates]].';
  const stamp = linkDependencyStamp(text, set);

  it('is empty for a text that links to no article', () => {
    expect(linkDependencyStamp('No links.', set)).toBe('');
  });

  it('changes when a linked article is retitled', () => {
    const retitled = articleSet(known.map((a) => (a.slug === 'fed-rates' && a.locale === 'en' ? { ...a, title: 'New title' } : a)));
    expect(linkDependencyStamp(text, retitled)).not.toBe(stamp);
  });

  it('changes when a linked article gains or loses a language, or is unpublished', () => {
    const withoutZh = articleSet(known.filter((a) => !(a.slug === 'fed-rates' && a.locale === 'zh')));
    const unpublished = articleSet(known.map((a) => (a.slug === 'fed-rates' ? { ...a, published: false } : a)));
    expect(linkDependencyStamp(text, withoutZh)).not.toBe(stamp);
    expect(linkDependencyStamp(text, unpublished)).not.toBe(stamp);
  });

  it('changes when an article it names but which was missing appears', () => {
    const before = linkDependencyStamp('[[new-one]]', set);
    const after = linkDependencyStamp(
      '[[new-one]]',
      articleSet([...known, { locale: 'en', slug: 'new-one', published: true, title: 'New' }]),
    );
    expect(after).not.toBe(before);
  });

  it('stays the same when a linked article is retitled but every link to it has its own text', () => {
    const retitled = articleSet(known.map((a) => (a.slug === 'fed-rates' ? { ...a, title: 'New title' } : a)));
    const withText = 'See [[fed-rates|the Fed]] and [the Fed](./fed-rates.md).';
    expect(linkDependencyStamp(withText, retitled)).toBe(linkDependencyStamp(withText, set));
  });

  it('changes when an article takes or drops the missing slug a body links to as an alias, and only for that body', () => {
    const withAlias = articleSet(known.map((a) => (a.slug === 'other' ? { ...a, aliases: ['gone'] } : a)));
    const before = linkDependencyStamp('[[gone]] [x](./gone.md)', set);
    expect(linkDependencyStamp('[[gone]] [x](./gone.md)', withAlias)).not.toBe(before);
    expect(linkDependencyStamp(text, withAlias)).toBe(stamp);
    const retitled = articleSet(known.map((a) => (a.slug === 'other' ? { ...a, aliases: ['gone'], title: 'Retitled' } : a)));
    expect(linkDependencyStamp('[[gone]]', retitled)).not.toBe(linkDependencyStamp('[[gone]]', withAlias));
  });

  it('stays the same when an article it does not link to changes', () => {
    const changed = articleSet(known.map((a) => (a.slug === 'other' ? { ...a, title: 'Retitled' } : a)));
    expect(linkDependencyStamp(text, changed)).toBe(stamp);
  });
});

describe('filesLinkingTo', () => {
  const files = [
    { path: 'en/a.md', text: 'See [[fed-rates]].' },
    { path: 'zh/b.md', text: '见 [[en:fed-rates|美联储]]。' },
    { path: 'en/c.md', text: 'A [path link](../zh/cbdc.md#risks).' },
    { path: 'en/d.md', text: 'No links, only fed-rates as a word.' },
  ];

  it.each([
    [['fed-rates'], ['en/a.md', 'zh/b.md']],
    [['cbdc'], ['en/c.md']],
    [
      ['fed-rates', 'cbdc'],
      ['en/a.md', 'zh/b.md', 'en/c.md'],
    ],
    [['other'], []],
    [[], []],
  ])('the files linking to %j are %j', (slugs, expected) => {
    expect(filesLinkingTo(files, new Set(slugs))).toEqual(expected);
  });

  it('follows a file whose text changed (a new reading holds a new file object)', () => {
    const file = { path: 'en/a.md', text: 'No link yet.' };
    expect(filesLinkingTo([file], new Set(['cbdc']))).toEqual([]);
    expect(filesLinkingTo([{ ...file, text: 'Now [[cbdc]].' }], new Set(['cbdc']))).toEqual(['en/a.md']);
  });
});

describe('filesNaming', () => {
  const files = [
    { path: 'en/a.md', text: 'See [[fed-rates]].' },
    { path: 'en/b.mdx', text: '<ArticleCard slug="old-cbdc" />' },
    { path: 'en/c.md', text: 'Nothing here.' },
  ];
  const paths = (found: { path: string }[]) => found.map((f) => f.path);

  it.each([
    [['fed-rates'], ['en/a.md']],
    [['cbdc', 'old-cbdc'], ['en/b.mdx']],
    [
      ['fed-rates', 'old-cbdc'],
      ['en/a.md', 'en/b.mdx'],
    ],
    [['missing'], []],
    [[], []],
  ])('the files naming %j are %j', (names, expected) => {
    expect(paths(filesNaming(files, names))).toEqual(expected);
  });

  it('searches a file again when its text changed (a new reading holds a new file object)', () => {
    const file = { path: 'en/c.md', text: 'No name yet.' };
    expect(filesNaming([file], ['fed-rates'])).toEqual([]);
    const edited = { ...file, text: 'Now [[fed-rates]].' };
    expect(filesNaming([edited], ['fed-rates'])).toEqual([edited]);
    // The earlier object keeps its answer: it is the reading before the edit.
    expect(filesNaming([file, edited], ['fed-rates'])).toEqual([edited]);
  });

  it('answers the same for a name asked again after many others pushed it out of what is kept', () => {
    const file = { path: 'en/a.md', text: 'See [[fed-rates]].' };
    expect(filesNaming([file], ['fed-rates'])).toEqual([file]);
    for (let i = 0; i < 100; i++) filesNaming([file], [`name-${i}`]);
    expect(filesNaming([file], ['fed-rates'])).toEqual([file]);
  });
});

describe('linkedSlugs (of a file)', () => {
  it('lists the slugs a file may link to, once per file object', () => {
    const file = { text: 'See [[b]], [x](../zh/c.md) and [[a|A]].' };
    expect(linkedSlugsOf(file)).toEqual(['a', 'b', 'c']);
    expect(linkedSlugsOf(file)).toBe(linkedSlugsOf(file));
    expect(linkedSlugsOf({ ...file, text: 'Now [[d]].' })).toEqual(['d']);
  });
});
