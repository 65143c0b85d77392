import { describe, expect, it } from 'vitest';
import { addAlias } from '../../../src/core/rename/addAlias';
import { renameArticle, renameSource } from '../../../src/core/rename/renameArticle';
import { renameLinks } from '../../../src/core/rename/renameLinks';

describe('addAlias', () => {
  it.each([
    ['no aliases yet', '---\ntitle: A\ndate: 2020-01-01\n---\nText', '---\ntitle: A\ndate: 2020-01-01\naliases: [old]\n---\nText'],
    ['an empty flow list', '---\ntitle: A\naliases: []\n---\nText', '---\ntitle: A\naliases: [old]\n---\nText'],
    ['a flow list with a comment', '---\ntitle: A # c\naliases: [a,b] # k\n---\n', '---\ntitle: A # c\naliases: [a,b, old] # k\n---\n'],
    ['a block list', '---\naliases:\n  - a\n  - b\ndate: x\n---\n', '---\naliases:\n  - a\n  - b\n  - old\ndate: x\n---\n'],
    ['an empty key', '---\ntitle: A\naliases:\n---\n', '---\ntitle: A\naliases: [old]\n---\n'],
    ['the alias already there', '---\naliases: [old]\n---\n', '---\naliases: [old]\n---\n'],
    ['CRLF lines', '---\r\ntitle: A\r\n---\r\nText\r\n', '---\r\ntitle: A\r\naliases: [old]\r\n---\r\nText\r\n'],
  ])('%s', (_name, raw, expected) => {
    expect(addAlias(raw, 'old')).toBe(expected);
  });

  it.each([
    ['---\naliases: old\n---\n', 'is not a list'],
    ['No frontmatter', 'no frontmatter'],
  ])('refuses %j', (raw, error) => {
    expect(() => addAlias(raw, 'old')).toThrow(error);
  });
});

describe('renameLinks', () => {
  it.each([
    ['[[old]]', '[[new]]'],
    ['[[zh:old]] and [[en:old|English]]', '[[zh:new]] and [[en:new|English]]'],
    ['[[old#reserves|the reserves]]', '[[new#reserves|the reserves]]'],
    ['[[ old | spaced ]]', '[[ new | spaced ]]'],
    ['[x](./old.md) [y](../zh/old.mdx#part) [z](old.md)', '[x](./new.md) [y](../zh/new.mdx#part) [z](new.md)'],
    ['[ref]: ../en/old.md "Title"', '[ref]: ../en/new.md "Title"'],
    ['见[[old]]，[文](./old.md)。', '见[[new]]，[文](./new.md)。'],
    // Not links to it: another slug that starts alike, a web address, a site path, code.
    ['[[older]] [[old-b]] [a](./older.md) [w](https://x.org/old.md) [s](/en/articles/old/)', null],
    ['`[[old]]`\n\n```\n[[old]] ./old.md\n```\n\n~~~md\n[[old]]\n~~~', null],
    ['<ArticleCard slug="old" />', null],
  ])('%j', (body, expected) => {
    const raw = `---\ntitle: '[[old]]'\n---\n${body}\n`;
    expect(renameLinks(raw, 'old', 'new', false).text).toBe(expected === null ? raw : `---\ntitle: '[[old]]'\n---\n${expected}\n`);
  });

  it("rewrites an MDX file's cards, in either quotes, and says what it rewrote", () => {
    const { text, rewritten } = renameLinks(
      '<ArticleCard slug="old" />\n<ArticleCard lang="zh" slug=\'old\' />\n<ArticleCard slug="other" />\n[[old]] [[old]]',
      'old',
      'new',
      true,
    );
    expect(text).toBe('<ArticleCard slug="new" />\n<ArticleCard lang="zh" slug=\'new\' />\n<ArticleCard slug="other" />\n[[new]] [[new]]');
    expect(rewritten).toEqual([
      { written: '[[old]]', count: 2 },
      { written: '<ArticleCard slug="old">', count: 1 },
      { written: "<ArticleCard slug='old'>", count: 1 },
    ]);
  });
});

describe('renameArticle', () => {
  const files = [
    { path: 'en/old.md', text: '---\ntitle: Old\n---\nSee [[other]].\n' },
    { path: 'zh/old.mdx', text: '---\ntitle: 旧\ntranslation:\n  from: en\n---\n见[[old#a]]。\n' },
    { path: 'en/other.md', text: '---\ntitle: Other\naliases: [former]\n---\nSee [[old]] and [[zh:old|中文]].\n' },
    { path: 'en/plain.md', text: '---\ntitle: Plain\n---\nNo links.\n' },
  ];
  const locked = ['/en/articles/old/', '/zh/articles/old/', '/en/articles/other/'];

  it('moves each language version, adds the alias, rewrites the links, adds the new URLs to the lock', () => {
    expect(renameArticle(files, { locale: 'en', slug: 'old' }, 'new', locked)).toEqual({
      ok: true,
      plan: {
        moves: [
          { from: 'en/old.md', to: 'en/new.md', text: '---\ntitle: Old\naliases: [old]\n---\nSee [[other]].\n' },
          { from: 'zh/old.mdx', to: 'zh/new.mdx', text: '---\ntitle: 旧\ntranslation:\n  from: en\naliases: [old]\n---\n见[[new#a]]。\n' },
        ],
        edits: [
          {
            path: 'en/other.md',
            text: '---\ntitle: Other\naliases: [former]\n---\nSee [[new]] and [[zh:new|中文]].\n',
            rewritten: ['[[old]]', '[[zh:old|中文]]'],
          },
        ],
        lockAdded: ['/en/articles/new/', '/zh/articles/new/'],
      },
    });
  });

  it.each([
    ['new', 'en/nope', 'there is no article en/nope'],
    ['other', 'en/old', '"other" is taken: articles/en/other exists'],
    ['former', 'en/old', '"former" is taken: it is an old slug of articles/en/other'],
    ['New_Name', 'en/old', '"New_Name" is not a slug'],
    ['old', 'en/old', '"old" already has that slug'],
    ['new', 'zh/plain', 'there is no article zh/plain'],
  ])('refuses %s for %s: %s', (to, source, error) => {
    expect(renameArticle(files, renameSource(source)!, to, locked)).toEqual({ ok: false, error: expect.stringContaining(error) });
  });

  it.each([
    ['en/old', { locale: 'en', slug: 'old' }],
    ['zh/old.mdx', { locale: 'zh', slug: 'old' }],
    ['fr/old', undefined],
    ['old', undefined],
    ['en/a/b', undefined],
  ])('reads the source %j', (arg, expected) => {
    expect(renameSource(arg)).toEqual(expected);
  });
});
