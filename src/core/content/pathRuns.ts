/** A run of characters that can be part of a relative path written in Markdown or MDX: no space, bracket, quote or backtick. */
const PATH_RUN = /[^\s()<>[\]"'`]+/gu;

/**
 * The matches of a global `pattern` that finds paths in a text, found run by run: each
 * run of path characters (PATH_RUN) with the one character after it, and only the runs
 * where `hint` (the file extension) occurs. It finds what `text.matchAll(pattern)` finds
 * when `pattern` cannot span two runs (its characters before the extension are path
 * characters, and it looks at most one character past the run), without its cost: a
 * pattern like `[^\s…]+\.png` tries every start in a run, so a Chinese paragraph, one run
 * with no space, took time quadratic in its length.
 * @example [...pathMatches('见 a/b.png 和 c.png', /[^\s]+\.png/g, /\.png/i)].map((m) => m[0]) => ['a/b.png', 'c.png']
 */
export function* pathMatches(text: string, pattern: RegExp, hint: RegExp): Generator<RegExpExecArray> {
  if (!hint.test(text)) return;
  for (const run of text.matchAll(PATH_RUN)) {
    if (!hint.test(run[0])) continue;
    const end = run.index + run[0].length;
    yield* text.slice(run.index, end + (end < text.length ? 1 : 0)).matchAll(pattern);
  }
}
