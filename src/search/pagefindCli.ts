import { indexedPagesGlob } from '../core/links/urls';
import type { Locale } from '../core/language/locales';

/**
 * Selectors Pagefind leaves out of the indexed text: the `#` of heading anchors
 * would otherwise stick to every heading's text.
 */
export const PAGEFIND_EXCLUDE = ['.heading-anchor'] as const;

/**
 * The Pagefind CLI's arguments for one search bundle: the pages of a language
 * found in `site` (its article pages and its glossary page only), into the
 * folder `output`. `site` is the built site when the bundle holds all the language's
 * pages, else a folder of the bundle's own pages laid out as in the built site, so
 * that the URLs are the same (site/runPagefind.ts indexBundle).
 * @example pagefindCliArgs('stage', 'zh', 'out/zh') => ['--site', 'stage', '--glob', 'zh/{articles/**\/*.html,glossary/index.html}', '--output-path', 'out/zh', '--exclude-selectors', '.heading-anchor']
 */
export function pagefindCliArgs(site: string, locale: Locale, output: string): string[] {
  return [
    '--site',
    site,
    '--glob',
    indexedPagesGlob(locale),
    '--output-path',
    output,
    ...PAGEFIND_EXCLUDE.flatMap((selector) => ['--exclude-selectors', selector]),
  ];
}

/**
 * The number of pages the Pagefind CLI says it indexed (its closing summary).
 * @example indexedPageCount('Total: \n  Indexed 1 language\n  Indexed 5000 pages\n') => 5000
 * @example indexedPageCount('Error: nothing') => undefined
 */
export function indexedPageCount(output: string): number | undefined {
  const match = /Indexed (\d+) pages?\b/.exec(output);
  return match ? Number(match[1]) : undefined;
}
