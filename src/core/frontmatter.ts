import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';

export interface SplitFile {
  /** The YAML between the `---` fences, or undefined when the file has none. */
  yaml?: string;
  body: string;
  /** 1-based line of the file on which the body starts. */
  bodyLine: number;
}

/**
 * Cuts a Markdown file into its frontmatter and body.
 * @example splitFrontmatter('---\ntitle: A\n---\nText') => { yaml: 'title: A', body: 'Text', bodyLine: 4 }
 */
export function splitFrontmatter(text: string): SplitFile {
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const match = /^---\n(?:([\s\S]*?)\n)?---[ \t]*(?:\n|$)/.exec(normalized);
  if (!match) return { body: normalized, bodyLine: 1 };
  const bodyLine = match[0].split('\n').length + (match[0].endsWith('\n') ? 0 : 1);
  return { yaml: match[1] ?? '', body: normalized.slice(match[0].length), bodyLine };
}

export interface ParsedFrontmatter {
  data: unknown;
  /** YAML syntax errors with their file lines. */
  errors: { line: number; message: string }[];
  /** The file line of a field, e.g. `lineOf(['source', 'url'])`; the opening fence when absent. */
  lineOf(path: readonly PropertyKey[]): number;
}

/**
 * Parses frontmatter YAML and keeps track of where each field sits in the file
 * (the YAML starts on line 2, after the opening `---`).
 * @example parseFrontmatter('title: A\ndate: x').lineOf(['date']) => 3
 */
export function parseFrontmatter(yaml: string): ParsedFrontmatter {
  const counter = new LineCounter();
  const doc: Document = parseDocument(yaml, { lineCounter: counter, prettyErrors: false });
  const fileLine = (offset: number) => counter.linePos(offset).line + 1;
  const errors = doc.errors.map((e) => ({ line: fileLine(e.pos[0]), message: e.message.split('\n')[0]! }));
  const lineOf = (path: readonly PropertyKey[]): number => {
    let node: unknown = doc.contents;
    let line = 1;
    for (const key of path) {
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
