import { Schema, type ScalarTag } from 'yaml';
import type { Frontmatter, YamlPath } from './frontmatter';

/** What Astro's Markdown and MDX entry types make of a file (`getEntryInfo`), the part its glob loader uses. */
export interface AstroEntryInfo {
  data: Record<string, unknown>;
  body: string;
  slug: unknown;
  rawData: string;
}

/** The timestamp type of Astro's frontmatter reader (yaml's core schema with `customTags: ['timestamp']`), taken from yaml itself. */
const TIMESTAMP = new Schema({ schema: 'core', customTags: ['timestamp'] }).tags.find(
  (tag) => tag.tag === 'tag:yaml.org,2002:timestamp',
) as ScalarTag;

/**
 * A plain value as Astro's frontmatter reader reads it when it is a timestamp, by the same test and
 * conversion (a day past the month's end rolls over, a year before 100 is read as 19xx, as there).
 * @example timestampOf('2019-11-19') => new Date('2019-11-19T00:00:00Z')
 * @example timestampOf('2019-11-19 was a Tuesday') => undefined
 */
function timestampOf(text: unknown): Date | undefined {
  if (typeof text !== 'string' || !TIMESTAMP.test?.test(text)) return undefined;
  const value: unknown = TIMESTAMP.resolve(text, () => undefined, {});
  return value instanceof Date ? value : undefined;
}

/** A line that opens a block scalar (`|`, `>`, with indicators): the site's reader drops the YAML's last line break, which such a scalar may keep. */
const BLOCK_SCALAR = /[|>][1-9+-]{0,2}[ \t]*(?:#.*)?$/m;

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
  // Astro's frontmatter runs from the first `---` to the next line that starts with `---` or `+++`: here, the same place.
  if (!text.startsWith('---\n') || text.indexOf('\n---', 3) !== yamlEnd - 1) return undefined;
  const plus = text.indexOf('\n+++', 3);
  if (plus !== -1 && plus < yamlEnd - 1) return undefined;
  const rawData = text.slice(3, yamlEnd);
  if (rawData.includes('\r') || BLOCK_SCALAR.test(rawData)) return undefined;
  // A date-like value as the whole frontmatter: Astro's data is then that Date itself.
  if (dateLike.some((path) => path.length === 0)) return undefined;
  const astroData = copyOf(data);
  for (const path of dateLike) replaceAt(astroData, path, (value) => timestampOf(value) ?? value);
  const fields = astroData && typeof astroData === 'object' ? (astroData as Record<string, unknown>) : {};
  return { data: fields, body: text.slice(yamlEnd + 3).trim(), slug: fields.slug, rawData };
}
