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

/**
 * Whether an object is plain data: made by a literal, JSON or Object.create(null). A class's instance (other than
 * those keyed below) may hold its state where Object.keys does not see it (every URL would key alike), and so may
 * an object made on another prototype, or in another realm: each is refused rather than keyed by its own keys.
 */
function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === null || proto === Object.prototype;
}

/** What an object no key can stand for is, for the error. @example objectType(new URLSearchParams()) => 'URLSearchParams object' */
const objectType = (value: object): string => `${(value.constructor as { name?: string } | undefined)?.name || 'non-plain'} object`;

/** Thrown by `keyed` at a value no key can stand for; `cacheKey` then finds where it is. */
class Unkeyable extends Error {}

/**
 * Plain JSON for a page's props, in a fixed order; throws Unkeyable on what no key can stand for. It
 * runs over every page's props in each build, so it names no path as it goes (a string for every value
 * of 10,000 pages' props): `unkeyablePath` finds the path once one is thrown.
 */
function keyed(value: unknown): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value === undefined) return null;
  if (value instanceof Date) return { date: value.toISOString() };
  if (typeof value !== 'object') throw new Unkeyable(typeof value);
  if (value instanceof URL) return { url: value.href };
  if (Array.isArray(value)) return value.map((item) => keyed(item));
  if (value instanceof Map) return { map: [...value].map(([k, v]) => [keyed(k), keyed(v)]) };
  if (value instanceof Set) return { set: [...value].map((item) => keyed(item)) };
  if (isStoredEntry(value)) return { entry: [value.collection, value.id, value.digest] };
  if (!isPlainObject(value)) throw new Unkeyable(objectType(value));
  // No prototype: a key named __proto__ is kept as a key, as Object.fromEntries keeps it.
  const plain = Object.create(null) as Record<string, unknown>;
  for (const k of Object.keys(value).sort()) plain[k] = keyed((value as Record<string, unknown>)[k]);
  return plain;
}

/** Where in `value` (named `path`) `keyed` meets a value no key can stand for, and what it is; undefined when nowhere. */
function unkeyablePath(value: unknown, path: string): { path: string; type: string } | undefined {
  if (value === null || value === undefined || value instanceof Date || value instanceof URL) return undefined;
  if (typeof value !== 'object') return ['string', 'number', 'boolean'].includes(typeof value) ? undefined : { path, type: typeof value };
  const collection = Array.isArray(value) || value instanceof Set || value instanceof Map;
  if (!collection && isStoredEntry(value)) return undefined;
  if (!collection && !isPlainObject(value)) return { path, type: objectType(value) };
  const children: [string, unknown][] = Array.isArray(value)
    ? value.map((item, i) => [`${path}[${i}]`, item])
    : value instanceof Set
      ? [...value].map((item, i) => [`${path}[${i}]`, item])
      : value instanceof Map
        ? [...value].flatMap(([k, v], i) => [
            [`${path}.key${i}`, k],
            [`${path}.${String(k)}`, v],
          ])
        : Object.keys(value)
            .sort()
            .map((k) => [`${path}.${k}`, (value as Record<string, unknown>)[k]]);
  for (const [at, child] of children) {
    const found = unkeyablePath(child, at);
    if (found) return found;
  }
  return undefined;
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
 * Functions, symbols and objects of classes other than Date, URL, Map and Set throw: they cannot be keyed.
 * @example cacheKey({ title: 'A' }) === cacheKey({ title: 'A' }) => true; cacheKey({ title: 'A' }) === cacheKey({ title: 'B' }) => false
 */
export function cacheKey(props: unknown): string {
  let plain: unknown;
  try {
    plain = keyed(props);
  } catch (error) {
    if (!(error instanceof Unkeyable)) throw error;
    const found = unkeyablePath(props, 'props') ?? { path: 'props', type: error.message };
    throw new Error(`cacheKey: ${found.path} is a ${found.type}, which a cache key cannot stand for`, { cause: error });
  }
  return createHash('sha256').update(JSON.stringify(plain)).digest('base64url').slice(0, 22);
}
