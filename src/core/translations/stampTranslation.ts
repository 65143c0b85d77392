import { isMap, isScalar, parseDocument, type Node } from 'yaml';
import { splitFrontmatter } from '../content/frontmatter';
import type { Locale } from '../language/locales';

/** The YAML with `translation.from`/`sourceHash` written in, touching only those lines. */
function stampYaml(yaml: string, record: { from: Locale; sourceHash: string }): string {
  const doc = parseDocument(yaml);
  if (doc.errors.length) throw new Error(`its frontmatter is not valid YAML: ${doc.errors[0]!.message}`);
  const translation = doc.get('translation', true) as Node | undefined;
  if (translation === undefined) {
    const sep = yaml === '' || yaml.endsWith('\n') ? '' : '\n';
    return `${yaml}${sep}translation:\n  from: ${record.from}\n  sourceHash: ${record.sourceHash}\n`;
  }
  if (isMap(translation) && !translation.flow && translation.items.length > 0) {
    const hash = translation.get('sourceHash', true);
    if (isScalar(hash) && hash.range) {
      return yaml.slice(0, hash.range[0]) + record.sourceHash + yaml.slice(hash.range[1]);
    }
    // Add the missing lines under the last one, indented like the first key.
    const firstKey = translation.items[0]!.key as Node;
    const lineStart = yaml.lastIndexOf('\n', firstKey.range![0] - 1) + 1;
    const indent = yaml.slice(lineStart, firstKey.range![0]);
    const lastValue = translation.items.at(-1)!.value as Node;
    const lineEnd = yaml.indexOf('\n', lastValue.range![1] - 1);
    const at = lineEnd === -1 ? yaml.length : lineEnd + 1;
    const lines = [translation.has('from') ? '' : `${indent}from: ${record.from}\n`, `${indent}sourceHash: ${record.sourceHash}\n`].join(
      '',
    );
    return yaml.slice(0, at) + (lineEnd === -1 ? '\n' : '') + lines + yaml.slice(at);
  }
  // Anything else (a flow map, a scalar): rewrite the YAML.
  doc.set('translation', { from: record.from, sourceHash: record.sourceHash });
  return doc.toString({ lineWidth: 0 });
}

/**
 * Records in a translation's frontmatter which original it was made from
 * (`translation.from` and `translation.sourceHash`), changing nothing else:
 * other fields, comments and the body stay byte for byte as they were.
 * @example stampTranslation('---\ntitle: A\n---\nText', { from: 'en', sourceHash: 'abcd1234' })
 *   => '---\ntitle: A\ntranslation:\n  from: en\n  sourceHash: abcd1234\n---\nText'
 */
export function stampTranslation(raw: string, record: { from: Locale; sourceHash: string }): string {
  const { yaml, yamlStart, yamlEnd } = splitFrontmatter(raw);
  if (yaml === undefined) throw new Error('the file has no frontmatter between --- lines');
  return raw.slice(0, yamlStart) + stampYaml(raw.slice(yamlStart, yamlEnd), record) + raw.slice(yamlEnd);
}
