import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../../src/core/articles/articleSchema';
import { frontmatterFields, readFrontmatter } from '../../../src/core/content/frontmatter';
import { editorNote, newArticleText, titleFromSlug, translationFrontmatter } from '../../../src/core/articles/newArticle';

/** The frontmatter of a file as the build's schema reads it. */
const schemaOf = (text: string) => articleSchema.safeParse(frontmatterFields(readFrontmatter(text)));

describe('a new article file', () => {
  it.each([
    ['fatf-travel-rule', 'Fatf travel rule'],
    ['cbdc', 'Cbdc'],
    ['g20-2019', 'G20 2019'],
  ])('titles %s as "%s" when no title is given', (slug, title) => expect(titleFromSlug(slug)).toBe(title));

  it('notes where the text goes in a comment of the file kind, which pages do not show', () => {
    expect(editorNote('Write here.', false)).toBe('<!-- Write here. -->');
    expect(editorNote('Write here.', true)).toBe('{/* Write here. */}');
  });

  it.each([
    ['a plain title', 'Stablecoins'],
    ['a title with a colon', 'Travel rule: how it works'],
    ['a Chinese title', '旅行规则：如何运作'],
    ['a title that starts with a quote', '"Stable" coins'],
  ])('writes frontmatter the schema accepts, with %s kept exactly', (_name, title) => {
    const text = newArticleText({ title, date: '2026-03-01' });
    const parsed = schemaOf(text);
    expect(parsed.success).toBe(true);
    expect(parsed.data).toMatchObject({ title, topics: [], draft: false, kind: 'article' });
    expect(parsed.data?.date.toISOString().slice(0, 10)).toBe('2026-03-01');
    expect(readFrontmatter(text).body.trim()).toMatch(/^<!-- .+ -->$/);
  });

  it('writes the date as the editor reads it, unquoted', () => {
    expect(newArticleText({ title: 'A', date: '2026-03-01' })).toContain('\ndate: 2026-03-01\n');
  });
});

describe('translationFrontmatter', () => {
  const original = [
    '---',
    'title: "Travel rule: how it works"',
    'description: Only for the English page.',
    'date: 2019-11-18',
    'updated: 2019-11-20',
    'authors: [Kevin Helms]',
    'source:',
    '  name: Bitcoin.com',
    '  url: https://news.bitcoin.com/x/',
    'topics:',
    '  - regulation',
    'aliases: [old-slug]',
    'kind: article',
    'imported:',
    '  dump: corpus/news-2019-11.txt',
    '  hash: 1096201cc061f1b2',
    '---',
    '',
    'Text.',
  ].join('\n');

  it('keeps the fields a translation shares, as the original writes them, and leaves the rest with the original', () => {
    expect(translationFrontmatter(original)).toBe(
      [
        '---',
        'title: "Travel rule: how it works"',
        'date: 2019-11-18',
        'authors: [Kevin Helms]',
        'source:',
        '  name: Bitcoin.com',
        '  url: https://news.bitcoin.com/x/',
        'topics:',
        '  - regulation',
        'kind: article',
        '---',
        '',
      ].join('\n'),
    );
  });

  it("keeps a draft's translation a draft", () => {
    expect(translationFrontmatter('---\ntitle: A\ndate: 2020-01-01\ndraft: true\n---\nText')).toBe(
      '---\ntitle: A\ndate: 2020-01-01\ndraft: true\n---\n',
    );
  });

  it('names broken YAML instead of guessing', () => {
    expect(() => translationFrontmatter('---\ntitle: [unclosed\n---\n')).toThrow(/not valid YAML/);
  });
});
