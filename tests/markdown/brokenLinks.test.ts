import { describe, expect, it } from 'vitest';
import { articleSet } from '../../src/core/links/resolveArticleLink';
import { BrokenLinksError, brokenLinkMessage, throwBrokenLinks } from '../../src/markdown/brokenLinks';
import { parseMarkdown } from '../../src/markdown/parseMarkdown';
import { rewriteArticleLinks } from '../../src/markdown/rewriteArticleLinks';

const set = articleSet([{ locale: 'en', slug: 'pair', published: true }]);
const body = 'Fine [[pair]].\n\nBroken [[nowhere]] and [x](./missing.md).';
const found = rewriteArticleLinks(parseMarkdown(body), { locale: 'en', slug: 'here' }, set);

describe('broken links between articles', () => {
  it('words a broken link the same for every report', () => {
    expect(brokenLinkMessage({ error: '"[[x]]": no article "x" exists in any language' })).toBe(
      'broken link "[[x]]": no article "x" exists in any language',
    );
  });

  it('lists every broken link of a file in one error, with lines of the file when its text is known', () => {
    const text = `---\ntitle: Here\n---\n\n${body}\n`;
    expect(() => throwBrokenLinks(found, { path: '/kb/en/here.md', body, text: () => text })).toThrow(
      'Broken links between articles:\n' +
        '/kb/en/here.md:7:8: broken link "[[nowhere]]": no article "nowhere" exists in any language\n' +
        '/kb/en/here.md:7:24: broken link "./missing.md": no article "missing" exists in any language',
    );
  });

  it("points Astro's error overlay at the first broken link of the file, with a hint", () => {
    const text = `---\ntitle: Here\n---\n\n${body}\n`;
    let error: unknown;
    try {
      throwBrokenLinks(found, { path: '/kb/en/here.md', shown: 'en/here.md', body, text: () => text });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(BrokenLinksError);
    expect((error as BrokenLinksError).loc).toEqual({ file: '/kb/en/here.md', line: 7, column: 8 });
    expect((error as BrokenLinksError).message).toContain('en/here.md:7:24');
    expect((error as BrokenLinksError).hint).toMatch(/Create the article/);
  });

  it('gives lines of the body when the file cannot be read', () => {
    expect(() => throwBrokenLinks(found, { path: '/kb/en/here.md', body, text: () => undefined })).toThrow(
      '/kb/en/here.md:3:8: broken link',
    );
  });

  it('lets a draft hold broken links, and a file whose links resolve pass', () => {
    expect(() => throwBrokenLinks(found, { path: '/kb/en/here.md', body, published: false })).not.toThrow();
    expect(() => throwBrokenLinks(found.slice(0, 1), { path: '/kb/en/here.md', body })).not.toThrow();
  });
});
