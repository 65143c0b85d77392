import { resolve } from 'node:path';

/** Where the project root is kept: one per process, shared by the module graphs Astro loads apart (config, loaders, pages). */
const ROOT = Symbol.for('zhiku.projectRoot');

/**
 * Records Astro's project root (astro.config.mjs, from the config Astro resolved). Astro gives each content
 * entry's `filePath` relative to it, which need not be the working folder (`astro dev --root`).
 */
export function setProjectRoot(root: string): void {
  (globalThis as Record<symbol, unknown>)[ROOT] = resolve(root);
}

/**
 * The file of a content entry, from its `filePath` (relative to the project root, which is the working
 * folder unless setProjectRoot said otherwise).
 * @example entryFile('../content/articles/en/a.md') => '/site/content/articles/en/a.md' // root /site/app
 */
export function entryFile(filePath: string): string {
  const root = (globalThis as Record<symbol, string | undefined>)[ROOT];
  return root ? resolve(root, filePath) : resolve(filePath);
}
