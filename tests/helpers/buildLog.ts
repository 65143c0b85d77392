import { stripVTControlCharacters } from 'node:util';

/**
 * The pages an `astro build` log lists, split into those it rendered and
 * those it copied from its incremental cache (`(restored)` or `(cached)`).
 * Colours are taken out first: Astro colours its log under CI=true.
 * @example logPages('├─ /en/a/index.html (restored)\n├─ /en/b/index.html (+3ms)') => { rendered: ['/en/b/index.html'], reused: ['/en/a/index.html'] }
 */
export function logPages(log: string): { rendered: string[]; reused: string[] } {
  const rendered: string[] = [];
  const reused: string[] = [];
  for (const [, path, how] of stripVTControlCharacters(log).matchAll(/├─ (\/\S+) \((restored|cached|\+[\d.]+m?s)\)/g)) {
    (how === 'restored' || how === 'cached' ? reused : rendered).push(path!);
  }
  return { rendered, reused };
}
