import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document } from 'yaml';
import { normaliseSource } from './sourceText';

/**
 * The site's one rule for where frontmatter ends. An optional byte-order mark,
 * an opening `---`, the YAML (possibly none), a closing `---`; either fence may
 * carry trailing spaces, and line endings may be Unix or Windows ones.
 */
const FENCED = /^(\uFEFF?---[ \t]*\r?\n)((?:[\s\S]*?\r?\n)?)(---[ \t]*(?:\r?\n|$))/;

/** A Markdown file cut into its frontmatter and body. */
export interface FrontmatterSplit {
  /** The YAML between the fences with Unix line endings, or undefined when the file has none. */
  yaml?: string;
  /** The text below the frontmatter, with Unix line endings. */
  body: string;
  /** 1-based line of the file on which the body starts. */
  bodyLine: number;
  /**
   * Offsets into the text exactly as given, for editors of the raw file: the YAML runs
   * from `yamlStart` to `yamlEnd` (its last line break included), the body from `bodyStart`.
   */
  yamlStart: number;
  yamlEnd: number;
  bodyStart: number;
}

const unix = normaliseSource;

/**
 * Cuts a Markdown file into its frontmatter and body.
 * @example splitFrontmatter('---\ntitle: A\n---\nText') => { yaml: 'title: A', body: 'Text', bodyLine: 4, yamlStart: 4, yamlEnd: 13, bodyStart: 17 }
 */
export function splitFrontmatter(text: string): FrontmatterSplit {
  const match = FENCED.exec(text);
  if (!match) {
    const bodyStart = text.startsWith('\uFEFF') ? 1 : 0;
    return { body: unix(text.slice(bodyStart)), bodyLine: 1, yamlStart: bodyStart, yamlEnd: bodyStart, bodyStart };
  }
  const [whole, open, yaml] = match as unknown as [string, string, string];
  const bodyLine = whole.split('\n').length + (whole.endsWith('\n') ? 0 : 1);
  return {
    yaml: unix(yaml).replace(/\n$/, ''),
    body: unix(text.slice(whole.length)),
    bodyLine,
    yamlStart: open.length,
    yamlEnd: open.length + yaml.length,
    bodyStart: whole.length,
  };
}

/** A YAML error at a line of the file. */
export interface YamlError {
  line: number;
  message: string;
  /** Aliases that expand too far or nesting too deep: not a slip of syntax but more than any content needs. */
  exhausted?: true;
}

/** YAML parsed with the file line of each field. */
export interface ParsedYaml {
  /** The parsed value; undefined when the YAML has errors. */
  data: unknown;
  /** YAML syntax errors with their file lines; `exhausted` when the YAML was built (or happens) to exhaust the reader. */
  errors: YamlError[];
  /** The file line of a field, e.g. `lineOf(['source', 'url'])` or `lineOf([3, 'en'])` in a list; `firstLine - 1` (the opening fence) when absent. */
  lineOf(path: readonly PropertyKey[]): number;
  /**
   * Where the data holds text written without quotes or a tag that starts like a date (`date: 2019-11-19`):
   * this reader keeps it as text, and a reader with YAML 1.1's timestamps (Astro's) may make it a date
   * (core/content/astroEntryInfo.ts). Undefined when the YAML has errors, or uses what such a reader may
   * read otherwise besides: tags, aliases, merge keys (`<<`), keys that are not plain text or numbers.
   */
  dateLike?: YamlPath[];
}

/** Where a value sits in parsed YAML: a map's keys and a list's indexes, from the top. */
export type YamlPath = readonly (string | number)[];

/** Text that may be a YAML 1.1 timestamp: a year, a month and a day, with or without a time. */
const DATE_START = /^\d{4}-\d{1,2}-\d{1,2}/;

/**
 * The paths of the date-like values of a parsed YAML node (see ParsedYaml.dateLike), or undefined
 * when another reader may read the node otherwise than by its dates alone.
 * @example dateLikePaths(parseDocument('date: 2019-11-19\ntitle: "2019-11-19"').contents) => [['date']]
 */
function dateLikePaths(node: unknown, path: YamlPath = [], found: YamlPath[] = []): YamlPath[] | undefined {
  if (node === null || node === undefined) return found;
  if (isAlias(node) || (node as { tag?: string }).tag !== undefined) return undefined;
  if (isScalar(node)) {
    if (node.type === 'PLAIN' && typeof node.value === 'string' && DATE_START.test(node.value)) found.push(path);
    return found;
  }
  if (isSeq(node)) {
    for (const [i, item] of node.items.entries()) if (!dateLikePaths(item, [...path, i], found)) return undefined;
    return found;
  }
  if (isMap(node)) {
    const keys = new Set<string>();
    for (const { key, value } of node.items) {
      // A key written as text or a number only (YAML allows others, which each reader turns into text its own way).
      if (!isScalar(key) || key.tag !== undefined || (typeof key.value !== 'string' && typeof key.value !== 'number')) return undefined;
      const name = String(key.value);
      // A key like a date is a Date to the other reader, made text its own way; two keys that are one as text (`1`, `"1"`) are one field.
      if (name === '<<' || name === '__proto__' || DATE_START.test(name) || keys.has(name)) return undefined;
      keys.add(name);
      if (!dateLikePaths(value, [...path, name], found)) return undefined;
    }
    return found;
  }
  return undefined;
}

/**
 * Parses YAML and keeps track of where each field sits in the file. Frontmatter
 * YAML starts on line 2, after the opening `---`; a YAML file on line 1.
 * @example parseYamlWithLines('title: A\ndate: x').lineOf(['date']) => 3
 * @example parseYamlWithLines('- id: a', 1).lineOf([]) => 0
 */
export function parseYamlWithLines(yaml: string, firstLine = 2): ParsedYaml {
  const counter = new LineCounter();
  const fileLine = (offset: number) => counter.linePos(offset).line + firstLine - 1;
  let doc: Document;
  try {
    doc = parseDocument(yaml, { lineCounter: counter, prettyErrors: false });
  } catch (error) {
    return { data: undefined, errors: [yamlError(firstLine, error)], lineOf: () => firstLine - 1 };
  }
  const found = doc.errors.map((e) => yamlError(fileLine(e.pos[0]), e));
  // Once the reader ran out of stack, what follows is noise: that one error says it all.
  const exhausted = found.find((e) => e.exhausted);
  const errors = exhausted ? [exhausted] : found;
  const lineOf = (path: readonly PropertyKey[]): number => {
    let node: unknown = doc.contents;
    let line = firstLine - 1;
    for (const key of path) {
      if (isSeq(node)) {
        // A list item: its own line (a YAML file that is a list, e.g. the glossary, names entries by index).
        const item: unknown = node.items[Number(key)];
        const range = (item as { range?: [number, number, number] } | undefined)?.range;
        if (!range) break;
        line = fileLine(range[0]);
        node = item;
        continue;
      }
      if (!isMap(node)) break;
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
      if (!pair) break;
      const range = (pair.key as { range?: [number, number, number] }).range;
      if (range) line = fileLine(range[0]);
      node = pair.value;
    }
    return line;
  };
  if (errors.length) return { data: undefined, errors, lineOf };
  try {
    const data: unknown = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) ?? {};
    const dateLike = dateLikePaths(doc.contents);
    return dateLike ? { data, errors, lineOf, dateLike } : { data, errors, lineOf };
  } catch (error) {
    // An alias bomb ("billion laughs"): named at its first alias.
    let line = firstLine;
    visit(doc, { Alias: (_, node) => ((line = fileLine(node.range?.[0] ?? 0)), visit.BREAK) });
    return { data: undefined, errors: [yamlError(line, error)], lineOf };
  }
}

const TOO_DEEP = 'lists or maps are nested too deeply to read';

/** How many times the YAML reader expands aliases (`*name`) before it gives up: yaml's own default, said here on purpose. */
const MAX_ALIAS_COUNT = 100;

/**
 * A YAML reader's failure as an editor can act on it: input built to exhaust the
 * reader (aliases that expand to millions of values, lists or maps nested
 * thousands deep) is named as such instead of by the reader's internals.
 * @example yamlError(3, new RangeError('Maximum call stack size exceeded')) => { line: 3, message: 'lists or maps are nested too deeply to read', exhausted: true }
 */
function yamlError(line: number, error: unknown): YamlError {
  const message = error instanceof Error ? error.message : String(error);
  if (/call stack size/i.test(message)) return { line, message: TOO_DEEP, exhausted: true };
  if (/alias count/i.test(message))
    return { line, message: `aliases (*name) expand to too many values (more than ${MAX_ALIAS_COUNT})`, exhausted: true };
  return { line, message: message.split('\n')[0]! };
}

/** A Markdown file's frontmatter, parsed, and its body. */
export interface Frontmatter extends FrontmatterSplit, ParsedYaml {}

/**
 * Splits a Markdown file and parses its frontmatter: the one way the site reads
 * frontmatter (content folder, validator, scripts, importer). A file without
 * frontmatter has `yaml` undefined and `data` {}.
 * @example readFrontmatter('---\ntitle: A\n---\nText').data => { title: 'A' }
 */
export function readFrontmatter(text: string): Frontmatter {
  const split = splitFrontmatter(text);
  const yaml = split.yaml === undefined ? { data: {}, errors: [], lineOf: () => 1 } : parseYamlWithLines(split.yaml);
  return { ...split, ...yaml };
}

/**
 * What a parse of frontmatter found, as plain data (a cache keeps it, a worker is sent it): the data (none when
 * the YAML failed), the errors and the date-like values, without the lines of fields.
 */
export interface KnownYaml {
  data?: unknown;
  errors: YamlError[];
  dateLike?: YamlPath[];
}

/**
 * What a parse found, as KnownYaml holds it: only those fields, and none that is undefined.
 * @example knownYaml(parseYamlWithLines('title: A')) => { data: { title: 'A' }, errors: [], dateLike: [] }
 */
export function knownYaml({ data, errors, dateLike }: KnownYaml): KnownYaml {
  return { ...(data !== undefined && { data }), errors, ...(dateLike && { dateLike }) };
}

/**
 * What readFrontmatter gives for a text whose YAML an earlier parse of the same text found to be `known`
 * (a cache's, site/frontmatterCache.ts): the file is cut as readFrontmatter cuts it, and its YAML is parsed
 * again only when the line of a field is asked for (a validator's or a link's message).
 * @example knownFrontmatter('---\ntitle: A\n---\nText', { data: { title: 'A' }, errors: [] }).lineOf(['title']) => 2
 */
export function knownFrontmatter(text: string, known: KnownYaml): Frontmatter {
  const split = splitFrontmatter(text);
  const yaml = split.yaml;
  let parsed: ParsedYaml | undefined;
  const lineOf = yaml === undefined ? () => 1 : (path: readonly PropertyKey[]) => (parsed ??= parseYamlWithLines(yaml)).lineOf(path);
  return { ...split, data: known.data, errors: known.errors, lineOf, ...(known.dateLike && { dateLike: known.dateLike }) };
}

/**
 * The fields of frontmatter data as a plain record (empty when the YAML failed or is not a map).
 * @example frontmatterFields({ data: { title: 'A' } }).title => 'A'
 */
export function frontmatterFields(frontmatter: Pick<ParsedYaml, 'data'>): Record<string, unknown> {
  const data = frontmatter.data;
  return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
}
