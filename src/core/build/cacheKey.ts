import { createHash } from 'node:crypto';

/** A content entry as Astro's content store gives it: its digest stands for everything read from its file. */
interface StoredEntry {
  collection: string;
  id: string;
  digest: string;
}

function isStoredEntry(value: object): value is StoredEntry {
  const v = value as Partial<StoredEntry>;
  return typeof v.collection === 'string' && typeof v.id === 'string' && typeof v.digest === 'string';
}

/** Plain JSON for a page's props, in a fixed order; throws on what no key can stand for. */
function keyed(value: unknown, path: string): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value === undefined) return null;
  if (value instanceof Date) return { date: value.toISOString() };
  if (typeof value !== 'object') throw new Error(`cacheKey: ${path} is a ${typeof value}, which a cache key cannot stand for`);
  if (Array.isArray(value)) return value.map((item, i) => keyed(item, `${path}[${i}]`));
  if (value instanceof Map) return { map: [...value].map(([k, v], i) => [keyed(k, `${path}.key${i}`), keyed(v, `${path}.${String(k)}`)]) };
  if (value instanceof Set) return { set: [...value].map((item, i) => keyed(item, `${path}[${i}]`)) };
  if (isStoredEntry(value)) return { entry: [value.collection, value.id, value.digest] };
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((k) => [k, keyed((value as Record<string, unknown>)[k], `${path}.${k}`)]),
  );
}

/**
 * The cache key of a page generated from `props`: a hash of every value in
 * them, where a content entry counts by its digest (its file, and the articles
 * its body links to: site/articleLoader.ts). Astro's incremental build renders
 * a page again when its key changes (or the page's code does), and copies the
 * last build's file otherwise, so a page may show nothing that is not in its
 * props: what it shows of other articles is passed as plain values (titles,
 * dates, summaries) rather than as their entries, so that an edit to one
 * article's body renders again only the pages that show something of it.
 * Functions and symbols throw: they cannot be keyed.
 * @example cacheKey({ title: 'A' }) === cacheKey({ title: 'A' }) => true; cacheKey({ title: 'A' }) === cacheKey({ title: 'B' }) => false
 */
export function cacheKey(props: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify(keyed(props, 'props')))
    .digest('base64url')
    .slice(0, 22);
}
