import { articleSchema } from '../../../core/articles/articleSchema';
import { DATE_SOURCES } from '../../../core/dates/dateSource';
import { LOCALES } from '../../../core/language/locales';
import { duplicateHeadingIds, MAX_BODY_DEPTH, parseBody } from '../../../markdown/bodyLinks';
import type { Root } from 'mdast';
import type { ContentProblem } from '../../../core/content/contentProblem';
import { articleSource, type ContentFile, type ParsedArticle } from '../../../core/content/contentFiles';
import { encodingProblem, yamlErrorFix } from '../../../core/content/contentFileProblems';
import { unknownFieldProblem } from './unknownFields';

/** What a field is for, told as what to write. */
const FIELD_FIX: Record<string, string> = {
  title: 'add a non-empty `title:` line to the frontmatter',
  date: 'write the publication date as YYYY-MM-DD, e.g. `date: 2019-11-18`',
  dateFrom: `write where the date came from, one of ${DATE_SOURCES.join(', ')}; or remove \`dateFrom:\` once you have set the real publication date yourself`,
  updated: 'write the date of the last real change as YYYY-MM-DD, or remove `updated:`',
  kind: 'use `kind: article` or `kind: brief` (or leave it out for an article)',
  topics: 'list topic ids from topics.yaml, e.g. `topics: [regulation]`',
  aliases: 'list old slugs in lowercase ASCII (a-z, 0-9, single hyphens), e.g. `aliases: [old-slug]`',
  translation: `write \`translation: { from: <language of the original> }\` with one of ${LOCALES.join(', ')}`,
  'translation.sourceHash': 'record the hash of the original with `npm run translations -- --stamp <lang>/<slug>`, or remove `sourceHash:`',
  draft: 'write `draft: true` or `draft: false`',
  authors: 'list names, e.g. `authors: [Li Wei]`',
  source: 'write `source: { name: …, url: https://… }`',
  description: 'write a one-sentence summary, or remove `description:`',
  cover: 'write `cover: { src: ../../media/<name>, alt: What it shows }`: an image of media/, with its alt text',
  'cover.alt': 'say what the picture shows: `alt: …` under `cover:`, for readers who cannot see it',
  'cover.src': "write the image's path relative to this file: `src: ../../media/<name>`",
};

/**
 * A frontmatter value as a message quotes it: short, since a value may be a list nested hundreds deep.
 * @example shown('2019-02-30') => '"2019-02-30"'
 */
function shown(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 80 ? `${json.slice(0, 79)}…` : json;
}

/**
 * Parses one article file's name and frontmatter, reporting naming, YAML, schema and topic problems.
 * `readsBody` says whether its body is parsed next (readBody): not when the frontmatter is missing or broken.
 */
export function parseArticle(
  input: ContentFile,
  topicIds: Set<string>,
  problems: ContentProblem[],
): ParsedArticle & { readsBody: boolean } {
  const file = articleSource(input);
  const { key, frontmatter: fm } = file;
  const add = (p: Omit<ContentProblem, 'file'>) => problems.push({ file: file.file, ...p });
  const parsed: ParsedArticle & { readsBody: boolean } = { file, lineOf: () => 1, bodyLine: fm.bodyLine, readsBody: false };
  if ('error' in key) add({ field: 'file name', message: key.error, fix: 'rename the file' });
  else Object.assign(parsed, key);
  if (file.invalidUtf8) problems.push(encodingProblem({ file: file.file, invalidUtf8: file.invalidUtf8 }));

  if (fm.yaml === undefined) {
    add({
      line: 1,
      field: 'frontmatter',
      message: 'the file has no frontmatter',
      fix: 'start the file with a `---` block holding at least `title:` and `date:`',
    });
    return parsed;
  }
  parsed.lineOf = fm.lineOf;
  for (const e of fm.errors)
    add({ line: e.line, field: 'frontmatter', message: `YAML error: ${e.message}`, fix: yamlErrorFix(e, 'between the `---` lines') });
  if (fm.errors.length) return parsed;

  const result = articleSchema.safeParse(fm.data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) add(unknownFieldProblem([...issue.path, key], fm.lineOf));
        continue;
      }
      const field = issue.path.join('.') || 'frontmatter';
      const top = String(issue.path[0] ?? '');
      const value = issue.path.reduce<unknown>(
        (v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined),
        fm.data,
      );
      const message =
        value === undefined
          ? 'is missing'
          : (top === 'date' || top === 'updated') && issue.path.length === 1
            ? `${shown(value)} is not a valid date${issue.code === 'custom' ? `: ${issue.message}` : ''}`
            : `is invalid (${shown(value)}): ${issue.message}`;
      add({
        line: fm.lineOf(issue.path),
        field,
        message,
        fix: FIELD_FIX[field] ?? FIELD_FIX[top] ?? 'see the frontmatter reference in README.md',
      });
    }
  }
  // Checked on the raw frontmatter too, so one run reports them next to schema errors.
  const raw = (fm.data ?? {}) as { topics?: unknown; kind?: unknown; draft?: unknown };
  parsed.published = file.published;
  if (result.success) parsed.data = result.data;
  {
    const topics = Array.isArray(raw.topics) ? raw.topics.filter((t): t is string => typeof t === 'string') : [];
    for (const topic of topics) {
      if (!topicIds.has(topic)) {
        add({
          line: fm.lineOf(['topics']),
          field: 'topics',
          message: `unknown topic "${topic}"`,
          fix: `use one of the ids in topics.yaml (${[...topicIds].join(', ')}) or add the topic there`,
        });
      }
    }
    if (raw.kind !== 'brief' && !fm.body.trim()) {
      add({
        line: fm.bodyLine,
        field: 'body',
        message: 'the article has no text',
        fix: 'write the article below the frontmatter, or mark it `kind: brief` if it is only a headline',
      });
    }
  }

  parsed.readsBody = true;
  return parsed;
}

/**
 * Parses an article's body, reporting MDX syntax errors and repeated heading ids: the per-file
 * checks of the body, the costly part of a file's checks (contentModel may take them from its cache).
 */
export function readBody(parsed: ParsedArticle): { tree?: Root; problems: ContentProblem[] } {
  const { file } = parsed;
  const fm = file.frontmatter;
  const problems: ContentProblem[] = [];
  const add = (p: Omit<ContentProblem, 'file'>) => problems.push({ file: file.file, ...p });
  const body = parseBody(fm.body, file.path.endsWith('.mdx'));
  if (body.tooDeep) {
    add({
      line: fm.bodyLine + body.tooDeep.line - 1,
      field: 'body',
      message: `quotes, lists or other blocks are nested more than ${MAX_BODY_DEPTH} levels deep here`,
      fix: 'flatten the nesting: no article needs blocks inside blocks this deep',
    });
  }
  if (body.syntaxError) {
    add({
      line: fm.bodyLine + body.syntaxError.line - 1,
      field: 'MDX',
      message: `invalid MDX: ${body.syntaxError.message}`,
      fix: 'fix the JSX or {expression}, or escape a literal `{` or `<` with a backslash',
    });
  }
  // Ids made from heading text are unique by construction (numbered -1, -2…): only an explicit `{#id}` can repeat one.
  for (const d of body.tree && fm.body.includes('{#') ? duplicateHeadingIds(body.tree) : []) {
    add({
      line: fm.bodyLine + d.line - 1,
      field: 'heading id',
      message: `"#${d.id}" is already the id of the heading on line ${fm.bodyLine + d.firstLine - 1}`,
      fix: 'give one of the headings its own explicit id, e.g. `## Title {#other-id}`',
    });
  }
  return { tree: body.tree, problems };
}
