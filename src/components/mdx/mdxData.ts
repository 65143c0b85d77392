import type { MdxData } from '../../site/pageData';

/**
 * The page data an MDX component reads: set by the article page
 * (Astro.locals.mdx); a component used anywhere else has none, which is a bug.
 */
export function mdxData(locals: App.Locals, component: string): MdxData {
  if (!locals.mdx) throw new Error(`<${component}> is rendered outside an article page: it has no page data`);
  return locals.mdx;
}
