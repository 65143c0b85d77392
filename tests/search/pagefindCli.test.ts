import { matchesGlob } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/core/language/locales';
import { articleUrl, glossaryUrl } from '../../src/core/links/urls';
import { indexedPageCount, pagefindCliArgs } from '../../src/search/pagefindCli';

describe('pagefindCliArgs', () => {
  it('indexes one language (its articles and glossary) of a folder into a bundle, without heading anchors', () => {
    expect(pagefindCliArgs('/cache/.stage-zh', 'zh', '/cache/.partial-zh')).toEqual([
      '--site',
      '/cache/.stage-zh',
      '--glob',
      'zh/{articles/**/*.html,glossary/index.html}',
      '--output-path',
      '/cache/.partial-zh',
      '--exclude-selectors',
      '.heading-anchor',
    ]);
  });

  it.each(LOCALES)('reads only the pages of %s', (locale) => {
    const args = pagefindCliArgs('stage', locale, 'out');
    const value = (flag: string) => args[args.indexOf(flag) + 1]!;
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
