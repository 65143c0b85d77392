import { readImportRecord } from './articleFile';
import { headlineKey } from './sameText';

export type WriteAction = 'create' | 'update' | 'unchanged' | 'overwrite' | 'skip-edited' | 'skip-not-imported' | 'skip-other-dump';

/**
 * What to do with one imported article given the file already at its place
 * (undefined when there is none). Files an editor changed since import, and
 * files the importer never wrote, are only replaced with `force`; a file
 * imported from another dump is left alone (already present).
 * @example planWrite('new', undefined, { dump: 'd', force: false }) => 'create'
 * @example planWrite('new', '---\ntitle: Hand-written\n---\n', { dump: 'd', force: false }) => 'skip-not-imported'
 */
export function planWrite(next: string, existing: string | undefined, options: { dump: string; force: boolean }): WriteAction {
  if (existing === undefined) return 'create';
  if (existing === next) return 'unchanged';
  const record = readImportRecord(existing);
  if (options.force) return 'overwrite';
  if (record.state === 'not-imported') return 'skip-not-imported';
  if (record.state === 'edited') return 'skip-edited';
  return sameDump(record.dump, options.dump) ? 'update' : 'skip-other-dump';
}

/** Dumps are told apart by file name, so running from another folder does not make a dump look new. */
function sameDump(a: string | undefined, b: string): boolean {
  const name = (path: string) => path.split(/[\\/]/).pop();
  return a !== undefined && name(a) === name(b);
}

/** Whether an action writes the file. @example writes('skip-edited') => false */
export function writes(action: WriteAction): boolean {
  return action === 'create' || action === 'update' || action === 'overwrite';
}

/**
 * The file in a language folder that holds the article with this slug: the
 * file named after it, or one an editor renamed who kept the slug in `aliases`.
 * @example locateArticle('old-slug', new Map([['new-slug.md', '---\naliases: [old-slug]\n---\n']])) => 'new-slug.md'
 */
export function locateArticle(slug: string, files: ReadonlyMap<string, string>): string | undefined {
  if (files.has(`${slug}.md`)) return `${slug}.md`;
  for (const [name, text] of files) if (readImportRecord(text).aliases.includes(slug)) return name;
  return undefined;
}

/**
 * The file in a language folder that holds an article whose slug the rules
 * no longer give (the slug rules changed since it was imported): the only
 * file imported from the same dump under the same title (case, spacing and
 * punctuation aside, so an editor's recasing does not hide it). Undefined when
 * none or more than one fits.
 * @example locateByTitle('Fed Flags Risk', 'd.txt', new Map([['fed-flags-risk-old.md', articleFileText({ title: 'Fed Flags Risk', … }, '', 'd.txt')]])) => 'fed-flags-risk-old.md'
 */
export function locateByTitle(title: string, dump: string, files: ReadonlyMap<string, string>): string | undefined {
  const matches = [...files].filter(([, text]) => {
    const record = readImportRecord(text);
    return (
      record.dump !== undefined &&
      sameDump(record.dump, dump) &&
      record.title !== undefined &&
      headlineKey(record.title) === headlineKey(title)
    );
  });
  return matches.length === 1 ? matches[0]![0] : undefined;
}
