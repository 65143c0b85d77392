/** Headers a static host adds to the responses whose path matches a pattern. */
export interface HeaderRule {
  /** A site path pattern: `*` matches any characters (at most one per pattern), `:name` one path segment. */
  path: string;
  headers: Readonly<Record<string, string>>;
  /** Written as a `#` line above the rule. */
  comment?: string;
}

/** Cloudflare Pages' documented limits; Netlify's are looser. */
const MAX_RULES = 100;
const MAX_LINE = 2000;
const HEADER_NAME = /^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/;

/** The problems that make a host drop or refuse a rule, worded with what to do. */
function ruleProblems({ path, headers }: HeaderRule): string[] {
  const problems: string[] = [];
  if (!path.startsWith('/') || /\s/.test(path))
    problems.push(`the pattern "${path}" must be a site path starting with / and without spaces`);
  if ((path.match(/\*/g) ?? []).length > 1)
    problems.push(`the pattern "${path}" has more than one *; Cloudflare Pages ignores such a rule`);
  const entries = Object.entries(headers);
  if (entries.length === 0) problems.push(`the rule for "${path}" sets no header`);
  for (const [name, value] of entries) {
    if (!HEADER_NAME.test(name)) problems.push(`"${name}" (for "${path}") is not a valid header name`);
    if (value.trim() === '' || /[\r\n]/.test(value)) problems.push(`the value of ${name} for "${path}" must be one non-empty line`);
    const line = `  ${name}: ${value}`;
    if (line.length > MAX_LINE)
      problems.push(`the ${name} line for "${path}" is ${line.length} characters; Cloudflare Pages reads at most ${MAX_LINE}`);
  }
  return problems;
}

/**
 * A `_headers` file (Netlify, Cloudflare Pages): each rule is its path
 * pattern on a line of its own, then its headers indented below it. Throws,
 * naming every problem, when a host would drop a rule or the file.
 * @example headersFile([{ path: '/_astro/*', headers: { 'Cache-Control': 'max-age=60' } }]) => '/_astro/*\n  Cache-Control: max-age=60\n'
 */
export function headersFile(rules: readonly HeaderRule[]): string {
  const problems = rules.flatMap(ruleProblems);
  if (rules.length > MAX_RULES) problems.push(`${rules.length} rules; Cloudflare Pages reads at most ${MAX_RULES}`);
  if (problems.length) throw new Error(`Cannot write _headers:\n- ${problems.join('\n- ')}`);
  return rules
    .map(({ path, headers, comment }) => {
      const lines = comment ? comment.split('\n').map((c) => `# ${c}`) : [];
      lines.push(path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`));
      return lines.join('\n') + '\n';
    })
    .join('\n');
}

/**
 * Reads a `_headers` file the way the hosts do: `#` lines and blank lines are
 * skipped, a line starting with `/` opens a rule, and each `Name: value` line
 * below it adds a header (a name given twice in a rule is joined with ", ").
 * Throws with the line number on a line it cannot place.
 * @example parseHeadersFile('/*\n  X-A: 1\n') => [{ path: '/*', headers: { 'X-A': '1' } }]
 */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: { path: string; headers: Record<string, string> }[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    if (line.startsWith('/')) {
      rules.push({ path: line, headers: {} });
      return;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (!rule || colon <= 0) throw new Error(`_headers line ${index + 1}: expected a path or "Name: value", got "${line}"`);
    const name = line.slice(0, colon).trim();
    const value = line.slice(colon + 1).trim();
    rule.headers[name] = rule.headers[name] === undefined ? value : `${rule.headers[name]}, ${value}`;
  });
  return rules;
}
