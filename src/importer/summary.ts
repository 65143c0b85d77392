import type { ImportedArticle } from './importArticle';
import { JUNK_KINDS, JUNK_LABELS, type JunkKind } from './junk';
import type { WriteAction } from './planWrite';

export interface ArticleOutcome {
  article: ImportedArticle;
  path: string;
  action: WriteAction;
  /** Set when the file was found by its title: the slug the rules give it now. */
  slugNow?: string;
}

const ACTION_LABELS: Record<WriteAction, string> = {
  create: 'created',
  update: 'updated',
  unchanged: 'unchanged',
  overwrite: 'overwritten (--force)',
  'skip-edited': 'skipped: edited since import (use --force to replace)',
  'skip-not-imported': 'skipped: not written by the importer (use --force to replace)',
  'skip-other-dump': 'skipped: already present from another dump',
};

/**
 * One progress line per article.
 * @example progressLine({ article, path: 'content/articles/en/a.md', action: 'create' }) => '  en  article  content/articles/en/a.md  created  "A"'
 */
export function progressLine({ article, path, action }: ArticleOutcome, dryRun = false): string {
  const verb =
    dryRun && (action === 'create' || action === 'update' || action === 'overwrite')
      ? `would be ${ACTION_LABELS[action]}`
      : ACTION_LABELS[action];
  return `  ${article.locale}  ${article.frontmatter.kind.padEnd(7)}  ${path}  ${verb}  "${article.frontmatter.title}"`;
}

/**
 * The summary after an import: articles by language, briefs, what was
 * written or skipped, and the junk removed by kind.
 * @example summaryLines(outcomes, { interstitial: 3 })[0] => '8 articles (en 6, zh 2), 2 briefs'
 */
export function summaryLines(outcomes: readonly ArticleOutcome[], removed: Partial<Record<JunkKind, number>>, dryRun = false): string[] {
  const count = (pred: (o: ArticleOutcome) => boolean) => outcomes.filter(pred).length;
  const byAction = (...actions: WriteAction[]) => count((o) => actions.includes(o.action));
  const languages = [...new Set(outcomes.map((o) => o.article.locale))]
    .sort()
    .map((locale) => `${locale} ${count((o) => o.article.locale === locale)}`)
    .join(', ');
  const removedText = JUNK_KINDS.filter((k) => removed[k])
    .map((k) => `${JUNK_LABELS[k]} ${removed[k]}`)
    .join(', ');
  return [
    `${dryRun ? 'Dry run: nothing written. ' : ''}${outcomes.length} articles (${languages}), ${count((o) => o.article.frontmatter.kind === 'brief')} briefs`,
    `  ${dryRun ? 'would create' : 'created'} ${byAction('create')}, ${dryRun ? 'would update' : 'updated'} ${byAction('update', 'overwrite')}, already present and unchanged ${byAction('unchanged')}`,
    `  skipped ${byAction('skip-edited', 'skip-not-imported', 'skip-other-dump')}: edited since import ${byAction('skip-edited')}, not written by the importer ${byAction('skip-not-imported')}, from another dump ${byAction('skip-other-dump')}`,
    `  removed: ${removedText || 'nothing'}`,
  ];
}

/**
 * What an editor should look at after an import: sentences that refer to an
 * embedded post the dump lost, charts and graphics the dump lost (their credit
 * line is all that was left), and files whose slug the rules would now give
 * differently (renaming is an editor's decision: URLs are published).
 * @example editorNoteLines([{ article: { lostEmbeds: [{ line: 9, sentence: 'See the tweet below.' }], … }, path: 'content/articles/en/a.md', action: 'create' }])
 *   => ['Check by hand:', '  content/articles/en/a.md: dump line 9 refers to an embedded tweet, video or picture the dump does not hold (keep the sentence; add an editor’s note in both languages): "See the tweet below."']
 */
export function editorNoteLines(outcomes: readonly ArticleOutcome[]): string[] {
  const lines = outcomes.flatMap(({ article, path, slugNow }) => [
    ...article.lostEmbeds.map(
      ({ line, sentence }) =>
        `  ${path}: dump line ${line} refers to an embedded tweet, video or picture the dump does not hold (keep the sentence; add an editor’s note in both languages): "${sentence}"`,
    ),
    ...article.lostGraphics.map(
      ({ line, credit }) =>
        `  ${path}: dump line ${line} credits a chart or graphic the dump does not hold, and the credit was removed (add an editor’s note in both languages where the original showed it): "${credit}"`,
    ),
    ...(slugNow
      ? [
          `  ${path}: the slug rules now give "${slugNow}". To rename it, rename the file in every language folder and keep the old slug in \`aliases\` (docs/writing.md: Keeping URLs alive).`,
        ]
      : []),
  ]);
  return lines.length > 0 ? ['Check by hand:', ...lines] : [];
}
