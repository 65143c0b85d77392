import { isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { splitFrontmatter } from '../content/frontmatter';

/** The YAML with `alias` added to its `aliases` list, touching only that list. */
function aliasYaml(yaml: string, alias: string): string {
  const doc = parseDocument(yaml);
  if (doc.errors.length) throw new Error(`its frontmatter is not valid YAML: ${doc.errors[0]!.message}`);
  const aliases = doc.get('aliases', true) as Node | undefined;
  if (aliases === undefined || (isScalar(aliases) && aliases.value === null)) {
    if (aliases?.range) {
      // `aliases:` with nothing after it: the value goes on the same line.
      const lineEnd = yaml.indexOf('\n', aliases.range[0]);
      const keyLine = yaml.lastIndexOf('aliases:', aliases.range[0]);
      const at = keyLine + 'aliases:'.length;
      return `${yaml.slice(0, at)} [${alias}]${yaml.slice(lineEnd === -1 ? yaml.length : lineEnd)}`;
    }
    const eol = yaml.includes('\r\n') ? '\r\n' : '\n';
    const sep = yaml === '' || yaml.endsWith('\n') ? '' : eol;
    return `${yaml}${sep}aliases: [${alias}]${eol}`;
  }
  if (!isSeq(aliases) || !aliases.range) throw new Error('its `aliases` is not a list');
  if (aliases.items.some((item) => isScalar(item) && item.value === alias)) return yaml;
  if (aliases.flow) {
    const close = yaml.lastIndexOf(']', aliases.range[1]);
    const inside = yaml.slice(aliases.range[0] + 1, close).trim();
    const lastItem = aliases.items.at(-1) as Node | undefined;
    if (!inside || !lastItem?.range) return `${yaml.slice(0, aliases.range[0])}[${alias}]${yaml.slice(close + 1)}`;
    return `${yaml.slice(0, lastItem.range[1])}, ${alias}${yaml.slice(lastItem.range[1])}`;
  }
  // A block list: a new `- alias` line under the last item, indented like the first.
  const first = aliases.items[0] as Node;
  const firstLine = yaml.lastIndexOf('\n', first.range![0] - 1) + 1;
  const dash = yaml.slice(firstLine, first.range![0]);
  const last = aliases.items.at(-1) as Node;
  const lineEnd = yaml.indexOf('\n', last.range![1] - 1);
  const at = lineEnd === -1 ? yaml.length : lineEnd + 1;
  const eol = yaml.includes('\r\n') ? '\r\n' : '\n';
  return `${yaml.slice(0, at)}${lineEnd === -1 ? eol : ''}${dash}${alias}${eol}${yaml.slice(at)}`;
}

/**
 * Adds an old slug to an article's `aliases`, changing nothing else: other
 * fields, comments, the list's own style and the body stay byte for byte.
 * Throws when the file has no frontmatter, invalid YAML, or `aliases` is not a list.
 * @example addAlias('---\ntitle: A\naliases: [b]\n---\nText', 'c') => '---\ntitle: A\naliases: [b, c]\n---\nText'
 * @example addAlias('---\ntitle: A\n---\nText', 'c') => '---\ntitle: A\naliases: [c]\n---\nText'
 */
export function addAlias(raw: string, alias: string): string {
  const { yaml, yamlStart, yamlEnd } = splitFrontmatter(raw);
  if (yaml === undefined) throw new Error('the file has no frontmatter between --- lines');
  return raw.slice(0, yamlStart) + aliasYaml(raw.slice(yamlStart, yamlEnd), alias) + raw.slice(yamlEnd);
}
