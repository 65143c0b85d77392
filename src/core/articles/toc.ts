export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** A table of contents appears from this many headings on. */
export const TOC_MIN_HEADINGS = 3;

/**
 * The headings a table of contents lists (levels 2 and 3), or none when the
 * article has too few for a table to help.
 * @example tocHeadings([{ depth: 2, slug: 'a', text: 'A' }]) => []
 */
export function tocHeadings(headings: readonly Heading[], min = TOC_MIN_HEADINGS): Heading[] {
  const listed = headings.filter((h) => h.depth === 2 || h.depth === 3);
  return listed.length >= min ? listed : [];
}
