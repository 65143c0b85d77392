/** The budgets of issue 7; BENCHMARKS.md states the same numbers. */
export const BUDGETS = {
  /** Zhiku's build plus index, at most this many times the plain-Astro floor's (issue 12: 1.1, was 1.2). */
  buildRatio: 1.1,
  /** A rebuild after a one-article edit, with the kept cache, at most this share of a clean build's wall time (issue 12). */
  incrementalRatio: 0.2,
  /** An article page's first view (HTML + CSS + JS, gzip). */
  firstViewBytes: 15 * 1024,
  /** Parser-blocking external scripts on an article page. */
  renderBlockingScripts: 0,
  /** From typing to painted first results, on 10,000 articles. */
  searchMs: 300,
  /** Zhiku's first search painted, at most this many times Pagefind's default UI's on the floor (issue 12: ahead of it). */
  searchVsDefaultUi: 1,
} as const;

export interface BudgetLine {
  figure: string;
  value: string;
  budget: string;
  ok: boolean;
}

/**
 * The middle value; the mean of the two middle values for an even count.
 * @example median([3, 1, 2]) => 2
 * @example median([4, 1, 3, 2]) => 2.5
 */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * A budget line: a figure against its ceiling.
 * @example withinBudget('search ms (en, cold)', 120, 300, 'ms') => { figure: 'search ms (en, cold)', value: '120 ms', budget: '≤ 300 ms', ok: true }
 */
export function withinBudget(figure: string, value: number, ceiling: number, unit: string): BudgetLine {
  const fmt = (n: number) =>
    unit === '×' ? `${n.toFixed(2)}×` : unit === 'KB' ? `${(n / 1024).toFixed(1)} KB` : `${Math.round(n)} ${unit}`;
  return { figure, value: fmt(value), budget: `≤ ${fmt(ceiling)}`, ok: value <= ceiling };
}

/** Columns a string takes in a terminal: Han and full-width characters take two. */
function displayWidth(text: string): number {
  return [...text].reduce((w, ch) => w + (/[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u.test(ch) ? 2 : 1), 0);
}

/**
 * Renders rows as an aligned plain-text table (Chinese characters count double).
 * @example textTable([['a', 'bb'], ['ccc', 'd']]) => 'a    bb\nccc  d'
 */
export function textTable(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => displayWidth(r[i] ?? ''))));
  return rows
    .map((r) =>
      r
        .map((cell, i) => cell + ' '.repeat(widths[i]! - displayWidth(cell)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
