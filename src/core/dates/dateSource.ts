/**
 * Where an article's `date` came from, as the importer records it in
 * `dateFrom`: the source URL, a date the text states for the article itself
 * (a dateline, a "published" line), or the day the dump was collected. An
 * article without `dateFrom` carries a date an editor set: a publication date.
 */
export const DATE_SOURCES = ['url', 'text', 'collected'] as const;

export type DateSource = (typeof DATE_SOURCES)[number];

/**
 * Whether the date is evidence of publication, or only the day the article
 * was collected (which a page must not call "published").
 * @example isPublicationDate('url') => true
 * @example isPublicationDate('collected') => false
 * @example isPublicationDate(undefined) => true
 */
export function isPublicationDate(dateFrom: DateSource | undefined): boolean {
  return dateFrom !== 'collected';
}
