import { describe, expect, it } from 'vitest';
import { isValidSlug, parseArticlePath } from '../../../src/core/links/slugs';

describe('slugs', () => {
  it.each([
    ['fed-flags-stablecoin', true],
    ['cbdc-2019', true],
    ['a', true],
    ['Fed-Flags', false],
    ['fed_flags', false],
    ['fed--flags', false],
    ['-fed', false],
    ['fed-', false],
    ['稳定币', false],
    ['zhong-guo', true],
    ['', false],
  ])('isValidSlug(%j) => %s', (slug, expected) => {
    expect(isValidSlug(slug)).toBe(expected);
  });

  it('splits a path into locale and slug', () => {
    expect(parseArticlePath('zh/cbdc-basics.md')).toEqual({ locale: 'zh', slug: 'cbdc-basics' });
    expect(parseArticlePath('en/notes.mdx')).toEqual({ locale: 'en', slug: 'notes' });
  });

  it.each([
    ['fr/notes.md', /unknown language folder "fr"/],
    ['en/Notes.md', /not lowercase ASCII/],
    ['notes.md', /must sit directly in a language folder/],
    ['en/sub/notes.md', /must sit directly in a language folder/],
  ])('rejects %s with a message saying what to do', (path, message) => {
    const result = parseArticlePath(path);
    expect('error' in result && result.error).toMatch(message);
  });
});
