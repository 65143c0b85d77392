import { componentUses, type ComponentUse } from '../markdown/componentUses';
import { parseMarkdown } from '../markdown/parseMarkdown';
import { entryBody } from './entryBody';

interface ComponentEntry {
  filePath?: string;
  digest?: string | number;
  body?: string;
}

const parsed = new Map<string, ComponentUse[]>();

/**
 * The components an MDX entry's body uses, for the data its page hands them
 * (site/pageData.ts): parsed once per version of the file. A Markdown entry uses none.
 * @example entryComponentUses({ filePath: 'content/articles/en/a.mdx', digest: '…' }) => [{ name: 'ArticleCard', props: { slug: { value: 'b' } }, … }]
 */
export function entryComponentUses(entry: ComponentEntry): ComponentUse[] {
  if (!entry.filePath?.endsWith('.mdx')) return [];
  const key = `${entry.filePath}\0${entry.digest ?? ''}`;
  let uses = parsed.get(key);
  if (!uses) {
    uses = componentUses(parseMarkdown(entryBody(entry), { mdx: true }));
    parsed.set(key, uses);
  }
  return uses;
}
