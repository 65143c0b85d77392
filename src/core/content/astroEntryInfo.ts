import { parse } from 'yaml';
import type { Frontmatter, YamlPath } from './frontmatter';

/** What Astro's Markdown and MDX entry types make of a file (`getEntryInfo`), the part its glob loader uses. */
export interface AstroEntryInfo {
  data: Record<string, unknown>;
  body: string;
  slug: unknown;
  rawData: string;
}

/** A date alone, the way nearly every article writes one. */
const DAY = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/** Timestamps already read, by their text, as milliseconds (undefined: no timestamp). */
const timestamps = new Map<string, number | undefined>();

/**
 * A value that may be a YAML 1.1 timestamp, as Astro's frontmatter reader (yaml's core schema with timestamps) reads
 * it. A day alone is the UTC midnight that reader makes of it (a day past the month's end rolls over, as there).
 * @example timestampOf('2019-11-19') => new Date('2019-11-19T00:00:00Z')
 */
function timestampOf(text: string): Date | undefined {
  let time = timestamps.get(text);
  if (time === undefined && !timestamps.has(text)) {
    const day = DAY.exec(text);
    const value: unknown = day ? undefined : parse(text, { schema: 'core', customTags: ['timestamp'] });
    time = day ? Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])) : value instanceof Date ? value.getTime() : undefined;
    timestamps.set(text, time);
  }
  return time === undefined ? undefined : new Date(time);
}

/** A copy of data as a YAML reader gives it (maps, lists and plain values). */
function copyOf(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(copyOf);
  if (Object.getPrototypeOf(value) !== Object.prototype) return structuredClone(value);
  const copy: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) copy[key] = copyOf(field);
  return copy;
}

/** Sets the value at `path` inside `data` (made of maps and lists), as `make` turns the one there. */
function replaceAt(data: unknown, path: YamlPath, make: (value: unknown) => unknown): void {
  let parent = data as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  parent[last] = make(parent[last]);
}

/**
 * What Astro's entry types would read from an article file, made from the site's own reading of it
 * (core/content/frontmatter.ts) instead of parsing its YAML a second time: the data as Astro's reader
 * has it (a copy: text written like a date without quotes becomes a Date), the body below the closing
 * fence, trimmed, the raw YAML and the `slug` field. Undefined whenever the two readings could differ:
 * a file with a byte-order mark or Windows line endings, frontmatter cut in another place by Astro's
 * looser rule for fences, YAML with errors, tags, aliases or merge keys. The caller then asks Astro.
 * @example astroEntryInfo('---\ndate: 2019-11-19\n---\nText', readFrontmatter('---\ndate: 2019-11-19\n---\nText'))?.data => { date: new Date('2019-11-19') }
 */
export function astroEntryInfo(text: string, frontmatter: Frontmatter): AstroEntryInfo | undefined {
  const { yaml, yamlEnd, dateLike, data, errors } = frontmatter;
  if (yaml === undefined || !dateLike || errors.length || data === undefined) return undefined;
  // Astro's frontmatter runs from the first `---` to the next line that starts with `---`: here, the same place.
  if (!text.startsWith('---\n') || text.indexOf('\n---', 3) !== yamlEnd - 1) return undefined;
  const rawData = text.slice(3, yamlEnd);
  if (rawData.includes('\r')) return undefined;
  const astroData = copyOf(data);
  for (const path of dateLike) replaceAt(astroData, path, (value) => timestampOf(value as string) ?? value);
  const fields = astroData && typeof astroData === 'object' ? (astroData as Record<string, unknown>) : {};
  return { data: fields, body: text.slice(yamlEnd + 3).trim(), slug: fields.slug, rawData };
}
