import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { loadPage } from '../helpers/html';

const outDir = inject('fixtureSiteDir');

// Lighthouse's SEO audit (and search engines) want a description on every page an article
// lives at; a brief has no body to take one from.
describe('meta descriptions on article pages', () => {
  it('every article page, briefs and fallbacks included, has a non-empty description', async () => {
    const missing: string[] = [];
    for (const lang of ['en', 'zh']) {
      for (const slug of await readdir(join(outDir, lang, 'articles'))) {
        const page = await loadPage(outDir, `/${lang}/articles/${slug}/`);
        if (page.querySelector('meta[http-equiv="refresh"]')) continue;
        const content = page.querySelector('meta[name="description"]')?.getAttribute('content')?.trim();
        if (!content) missing.push(`/${lang}/articles/${slug}/`);
      }
    }
    expect(missing).toEqual([]);
  });

  it.each([
    ['en', 'Exchange halts withdrawals. Headline only: the text of this article could not be retrieved.'],
    ['zh', 'Exchange halts withdrawals。仅有标题：未能获取本文正文。'],
  ])('a brief is described by its title and by what it lacks (%s)', async (lang, expected) => {
    const page = await loadPage(outDir, `/${lang}/articles/exchange-brief/`);
    expect(page.querySelector('meta[name="description"]')?.getAttribute('content')).toBe(expected);
  });
});
