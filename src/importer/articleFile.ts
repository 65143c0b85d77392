import { stringify } from 'yaml';
import { contentHash } from '../core/content/contentHash';
import { frontmatterFields, readFrontmatter, splitFrontmatter } from '../core/content/frontmatter';
import type { ImportedFrontmatter } from './importArticle';

const YAML_OPTIONS = { lineWidth: 0 } as const;

/**
 * A file's text without its `imported:` block, the part the import hash covers.
 * @example withoutImportRecord('---\ntitle: A\nimported:\n  dump: d\n  hash: h\n---\nBody\n') => '---\ntitle: A\n---\nBody\n'
 */
export function withoutImportRecord(fileText: string): string {
  const text = fileText.replace(/\r\n?/g, '\n');
  const { yaml, yamlStart, yamlEnd } = splitFrontmatter(text);
  if (yaml === undefined) return text;
  const rest = text.slice(yamlStart, yamlEnd).replace(/^imported:[^\n]*\n?(?:[ \t]+[^\n]*\n?)*/m, '');
  return text.slice(0, yamlStart) + rest + text.slice(yamlEnd);
}

/**
 * The article file the importer writes: YAML frontmatter (written by the
 * `yaml` library, so every value is quoted as YAML needs) then the Markdown
 * body, ending with an `imported` record of the dump and a hash of the rest
 * of the file.
 * @example articleFileText({ title: 'A', date: '2019-11-19', topics: [], kind: 'brief' }, '', 'd.txt') => '---\ntitle: A\n…imported:\n  dump: d.txt\n  hash: …\n---\n'
 */
export function articleFileText(frontmatter: ImportedFrontmatter, body: string, dump: string): string {
  const head = stringify(frontmatter, YAML_OPTIONS);
  const unrecorded = `---\n${head}---\n${body ? `\n${body}` : ''}`;
  const record = stringify({ imported: { dump, hash: contentHash(unrecorded) } }, YAML_OPTIONS);
  return `---\n${head}${record}---\n${body ? `\n${body}` : ''}`;
}

export type ImportState = 'as-imported' | 'edited' | 'not-imported';

export interface ImportRecord {
  state: ImportState;
  dump?: string;
  aliases: string[];
  /** The file's `title`, when it has one. */
  title?: string;
}

/**
 * What an existing article file says about its import: written by the
 * importer and untouched since ('as-imported'), changed by an editor since
 * ('edited'), or never written by the importer ('not-imported').
 * @example readImportRecord(articleFileText(fm, body, 'd.txt')).state => 'as-imported'
 */
export function readImportRecord(fileText: string): ImportRecord {
  const frontmatter = readFrontmatter(fileText);
  if (frontmatter.errors.length) return { state: 'not-imported', aliases: [] };
  const data = frontmatterFields(frontmatter) as { imported?: { dump?: unknown; hash?: unknown }; aliases?: unknown; title?: unknown };
  const aliases = Array.isArray(data.aliases) ? data.aliases.filter((a): a is string => typeof a === 'string') : [];
  const title = typeof data.title === 'string' ? { title: data.title } : {};
  const { dump, hash } = data.imported ?? {};
  if (typeof dump !== 'string' || typeof hash !== 'string') return { state: 'not-imported', aliases, ...title };
  const state = contentHash(withoutImportRecord(fileText)) === hash ? 'as-imported' : 'edited';
  return { state, dump, aliases, ...title };
}
