import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';

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

const unix = (text: string) => text.replace(/\r\n?/g, '\n');

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

/** YAML parsed with the file line of each field. */
export interface ParsedYaml {
  /** The parsed value; undefined when the YAML has errors. */
  data: unknown;
  /** YAML syntax errors with their file lines. */
  errors: { line: number; message: string }[];
  /** The file line of a field, e.g. `lineOf(['source', 'url'])` or `lineOf([3, 'en'])` in a list; `firstLine - 1` (the opening fence) when absent. */
  lineOf(path: readonly PropertyKey[]): number;
}

/**
 * Parses YAML and keeps track of where each field sits in the file. Frontmatter
 * YAML starts on line 2, after the opening `---`; a YAML file on line 1.
 * @example parseYamlWithLines('title: A\ndate: x').lineOf(['date']) => 3
 * @example parseYamlWithLines('- id: a', 1).lineOf([]) => 0
 */
export function parseYamlWithLines(yaml: string, firstLine = 2): ParsedYaml {
  const counter = new LineCounter();
  const doc: Document = parseDocument(yaml, { lineCounter: counter, prettyErrors: false });
  const fileLine = (offset: number) => counter.linePos(offset).line + firstLine - 1;
  const errors = doc.errors.map((e) => ({ line: fileLine(e.pos[0]), message: e.message.split('\n')[0]! }));
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
  return { data: errors.length ? undefined : (doc.toJS() ?? {}), errors, lineOf };
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
 * The fields of frontmatter data as a plain record (empty when the YAML failed or is not a map).
 * @example frontmatterFields({ data: { title: 'A' } }).title => 'A'
 */
export function frontmatterFields(frontmatter: Pick<ParsedYaml, 'data'>): Record<string, unknown> {
  const data = frontmatter.data;
  return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
}
