import { matchesGlob } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/core/locales';
import { articleUrl, glossaryUrl, pagefindUrl } from '../../src/core/urls';
import { indexedPageCount, pagefindCliArgs } from '../../src/search/pagefindCli';

describe('pagefindCliArgs', () => {
  it('indexes one language (its articles and glossary) into its own bundle, without heading anchors', () => {
    expect(pagefindCliArgs('/site/dist', 'zh')).toEqual([
      '--site',
      '/site/dist',
      '--glob',
      'zh/{articles/**/*.html,glossary/index.html}',
      '--output-subdir',
      'pagefind/zh',
      '--exclude-selectors',
      '.heading-anchor',
    ]);
  });

  it.each(LOCALES)('writes %s where the browser loads it from, and reads only that language', (locale) => {
    const args = pagefindCliArgs('dist', locale);
    const value = (flag: string) => args[args.indexOf(flag) + 1]!;
    expect(`/${value('--output-subdir')}/`).toBe(pagefindUrl(locale));
    for (const other of LOCALES) {
      expect(matchesGlob(`${articleUrl(other, 'x').slice(1)}index.html`, value('--glob'))).toBe(other === locale);
      expect(matchesGlob(`${glossaryUrl(other).slice(1)}index.html`, value('--glob'))).toBe(other === locale);
    }
  });
});

describe('indexedPageCount', () => {
  it.each([
    ['Total: \n  Indexed 1 language\n  Indexed 5000 pages\n  Indexed 28180 words\n', 5000],
    ['  Indexed 1 page\n', 1],
    ['Error: Pagefind could not find any HTML files', undefined],
  ])('%j => %s', (output, count) => {
    expect(indexedPageCount(output)).toBe(count);
  });
});
