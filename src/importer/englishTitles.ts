import { frontmatterFields, readFrontmatter } from '../core/content/frontmatter';
import { headlineKey } from './sameText';

/**
 * The English titles of originals that already have an English translation
 * in an articles folder, keyed by the original's title: the same file name in
 * `en/` and in the original's folder, the English one saying
 * `translation: { from: … }`. Keys are `headlineKey`s, so punctuation an
 * editor tidied does not hide a title. The importer takes a Chinese article's
 * slug from its English title when it has one.
 * @example englishTitlesOf([{ path: 'zh/a.md', text: '---\ntitle: 中国\n---\n' }, { path: 'en/a.md', text: '---\ntitle: China\ntranslation: { from: zh }\n---\n' }]) => Map { '中国' => 'China' }
 */
export function englishTitlesOf(files: readonly { path: string; text: string }[]): Map<string, string> {
  const fields = new Map(files.map((f) => [f.path, frontmatterFields(readFrontmatter(f.text))]));
  const titles = new Map<string, string>();
  for (const [path, data] of fields) {
    const name = path.match(/^en\/([^/]+)$/)?.[1];
    const from = (data.translation as { from?: unknown } | undefined)?.from;
    if (!name || typeof from !== 'string' || typeof data.title !== 'string') continue;
    const original = fields.get(`${from}/${name}`)?.title;
    if (typeof original === 'string') titles.set(headlineKey(original), data.title);
  }
  return titles;
}
