/**
 * The one rule for what the public site shows. Every list, page, feed, sitemap
 * and index filters with it.
 * @example isPublished({ draft: true }) => false
 */
export function isPublished(data: { draft?: boolean }): boolean {
  return !data.draft;
}
