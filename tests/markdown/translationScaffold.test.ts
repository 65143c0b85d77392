import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/core/articles/articleSchema';
import { contentHash } from '../../src/core/content/contentHash';
import { frontmatterFields, readFrontmatter } from '../../src/core/content/frontmatter';
import { stampTranslation } from '../../src/core/translations/stampTranslation';
import { headingSkeleton } from '../../src/markdown/headingSkeleton';
import { translationText } from '../../src/markdown/translationScaffold';

const body = 'Intro, not kept.\n\n## Reserves {#reserves}\n\nText.\n\n## Risks\n';

describe('translationText', () => {
  const original = `---\ntitle: Reserves\ndate: 2020-01-01\ntopics: [regulation]\nimported: { dump: d, hash: h }\n---\n\n${body}\n`;

  it('writes the shared frontmatter, a note naming the original, the skeleton, and the stamp --stamp would write', () => {
    const text = translationText({ path: 'en/reserves.md', locale: 'en', text: original });
    const fm = readFrontmatter(text);
    expect(articleSchema.safeParse(frontmatterFields(fm)).data).toMatchObject({
      title: 'Reserves',
      topics: ['regulation'],
      translation: { from: 'en', sourceHash: contentHash(readFrontmatter(original).body) },
    });
    expect(frontmatterFields(fm).imported).toBeUndefined();
    expect(fm.body).toBe(
      `\n<!-- Translate en/reserves.md here, under its headings: their ids keep links to them working in both languages. -->\n\n${headingSkeleton(body)}`,
    );
    // Stamping it again, as `npm run translations -- --stamp` does, changes nothing.
    expect(stampTranslation(text, { from: 'en', sourceHash: contentHash(readFrontmatter(original).body) })).toBe(text);
  });

  it('writes an MDX note for an MDX original, and no body for a brief', () => {
    expect(translationText({ path: 'zh/a.mdx', locale: 'zh', text: '---\ntitle: 甲\ndate: 2020-01-01\n---\n\n正文。\n' })).toContain(
      '\n{/* Translate zh/a.mdx here',
    );
    const brief = translationText({ path: 'en/b.md', locale: 'en', text: '---\ntitle: B\ndate: 2020-01-01\nkind: brief\n---\n' });
    expect(readFrontmatter(brief).body).toBe('');
  });
});
