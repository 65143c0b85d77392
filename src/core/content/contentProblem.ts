/** One thing wrong with the content, phrased for the editor who has to fix it. */
export interface ContentProblem {
  /** The file, as a path the editor can open (relative to the project). */
  file: string;
  /** 1-based line in the file, where there is one. */
  line?: number;
  /** The frontmatter field or part of the file that is wrong, e.g. `title`, `body`, `file name`. */
  field: string;
  /** What is wrong. */
  message: string;
  /** What to do about it. */
  fix: string;
  /** Worth fixing but harmless: listed with the warnings, never failing the build. */
  warning?: true;
}

/**
 * One line per problem: where, which field, what is wrong, what to do.
 * @example formatProblem({ file: 'a.md', line: 2, field: 'date', message: 'is not a date', fix: 'write YYYY-MM-DD' })
 *   => 'a.md:2  [date] is not a date → write YYYY-MM-DD'
 */
export function formatProblem(p: ContentProblem): string {
  return `${p.file}${p.line ? `:${p.line}` : ''}  [${p.field}] ${p.message} → ${p.fix}`;
}

/** Sorts problems by file and line, so a report reads top to bottom. */
export function sortProblems(problems: readonly ContentProblem[]): ContentProblem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.field.localeCompare(b.field));
}

/**
 * The whole report: a count, then every problem on its own line.
 * @example formatReport([]) => 'Content validation: no problems.'
 */
export function formatReport(problems: readonly ContentProblem[]): string {
  if (!problems.length) return 'Content validation: no problems.';
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return [`Content validation found ${count}:`, ...sortProblems(problems).map((p) => `  ✖ ${formatProblem(p)}`)].join('\n');
}

/**
 * The warnings: things an editor should look at that do not stop the build. Empty when there are none.
 * @example formatWarnings([{ file: 'media/a.png', field: 'media', message: 'no article shows this file', fix: 'delete it' }])
 *   => 'Content validation found 1 warning (the build goes on):\n  ⚠ media/a.png  [media] no article shows this file → delete it'
 */
export function formatWarnings(warnings: readonly ContentProblem[]): string {
  if (!warnings.length) return '';
  const count = warnings.length === 1 ? '1 warning' : `${warnings.length} warnings`;
  return [`Content validation found ${count} (the build goes on):`, ...sortProblems(warnings).map((p) => `  ⚠ ${formatProblem(p)}`)].join(
    '\n',
  );
}
