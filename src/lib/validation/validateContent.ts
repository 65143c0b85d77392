import { articleSchema, topicSchema, type ArticleFrontmatter } from '../articleSchema';
import { LOCALES, type Locale } from '../locales';
import { isPublished } from '../published';
import { isValidSlug, parseArticlePath } from '../slugs';
import { parseSitePath } from '../urls';
import type { Root } from 'mdast';
import { rewriteArticleLinks } from '../../markdown/rewriteArticleLinks';
import { articleSet } from '../resolveArticleLink';
import { bodyLinks, duplicateHeadingIds, parseBody } from './bodyLinks';
import { parseFrontmatter, splitFrontmatter } from './frontmatter';
import { sortProblems, type ContentProblem } from './problem';

/** One article file as read from disk. */
export interface ContentFile {
  /** Path inside the articles folder, e.g. `en/fed-stablecoin.md`. */
  path: string;
  /** Path to show the editor, e.g. `content/articles/en/fed-stablecoin.md`. */
  file: string;
  text: string;
}

/** Everything the validator reads: the article files and the topic list. */
export interface ContentInput {
  articles: readonly ContentFile[];
  topics?: { file: string; text: string };
}

/** What a field is for, told as what to write. */
const FIELD_FIX: Record<string, string> = {
  title: 'add a non-empty `title:` line to the frontmatter',
  date: 'write the publication date as YYYY-MM-DD, e.g. `date: 2019-11-18`',
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
};

interface Parsed {
  file: ContentFile;
  locale?: Locale;
  slug?: string;
  data?: ArticleFrontmatter;
  lineOf: (path: readonly PropertyKey[]) => number;
  bodyLine: number;
  tree?: Root;
  /** From the raw frontmatter, so it is known even when the schema fails. */
  published?: boolean;
}

/** Reads topics.yaml into its ids, reporting entries that break the topic schema. */
function readTopics(input: ContentInput, problems: ContentProblem[]): Set<string> {
  const ids = new Set<string>();
  if (!input.topics) return ids;
  const { file, text } = input.topics;
  const yaml = parseFrontmatter(text);
  for (const e of yaml.errors) {
    problems.push({ file, line: e.line - 1, field: 'YAML', message: e.message, fix: 'fix the YAML syntax of the topic list' });
  }
  if (!Array.isArray(yaml.data)) {
    if (!yaml.errors.length) problems.push({ file, field: 'topics', message: 'is not a list', fix: 'write one `- id: …` entry per topic' });
    return ids;
  }
  yaml.data.forEach((entry: { id?: unknown }, i) => {
    const result = topicSchema.safeParse(entry);
    if (typeof entry?.id !== 'string' || !isValidSlug(entry.id)) {
      problems.push({ file, field: `topics[${i}].id`, message: `"${String(entry?.id)}" is not a lowercase ASCII id`, fix: 'give the topic an id of letters a-z, digits and single hyphens' });
    } else ids.add(entry.id);
    if (!result.success) {
      const where = result.error.issues.map((issue) => issue.path.join('.')).join(', ');
      problems.push({ file, field: `topics[${i}]`, message: `is missing ${where}`, fix: `give the topic a name and description in every language (${LOCALES.join(', ')})` });
    }
  });
  return ids;
}

/** Parses one article file, reporting naming, YAML, schema, topic, body and MDX problems. */
function parseArticle(file: ContentFile, topicIds: Set<string>, problems: ContentProblem[]): Parsed {
  const add = (p: Omit<ContentProblem, 'file'>) => problems.push({ file: file.file, ...p });
  const key = parseArticlePath(file.path);
  const split = splitFrontmatter(file.text);
  const parsed: Parsed = { file, lineOf: () => 1, bodyLine: split.bodyLine };
  if ('error' in key) add({ field: 'file name', message: key.error, fix: 'rename the file' });
  else Object.assign(parsed, key);

  if (split.yaml === undefined) {
    add({ line: 1, field: 'frontmatter', message: 'the file has no frontmatter', fix: 'start the file with a `---` block holding at least `title:` and `date:`' });
    return parsed;
  }
  const fm = parseFrontmatter(split.yaml);
  parsed.lineOf = fm.lineOf;
  for (const e of fm.errors) add({ line: e.line, field: 'frontmatter', message: `YAML error: ${e.message}`, fix: 'fix the YAML syntax between the `---` lines' });
  if (fm.errors.length) return parsed;

  const result = articleSchema.safeParse(fm.data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = issue.path.join('.') || 'frontmatter';
      const top = String(issue.path[0] ?? '');
      const value = issue.path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined), fm.data);
      const message =
        value === undefined
          ? 'is missing'
          : (top === 'date' || top === 'updated') && issue.path.length === 1
            ? `${JSON.stringify(value)} is not a valid date`
            : `is invalid (${JSON.stringify(value)}): ${issue.message}`;
      add({ line: fm.lineOf(issue.path), field, message, fix: FIELD_FIX[field] ?? FIELD_FIX[top] ?? 'see the frontmatter reference in README.md' });
    }
  }
  // Checked on the raw frontmatter too, so one run reports them next to schema errors.
  const raw = (fm.data ?? {}) as { topics?: unknown; kind?: unknown; draft?: unknown };
  parsed.published = isPublished({ draft: raw.draft === true });
  if (result.success) parsed.data = result.data;
  {
    const topics = Array.isArray(raw.topics) ? raw.topics.filter((t): t is string => typeof t === 'string') : [];
    for (const topic of topics) {
      if (!topicIds.has(topic)) {
        add({ line: fm.lineOf(['topics']), field: 'topics', message: `unknown topic "${topic}"`, fix: `use one of the ids in topics.yaml (${[...topicIds].join(', ')}) or add the topic there` });
      }
    }
    if (raw.kind !== 'brief' && !split.body.trim()) {
      add({ line: split.bodyLine, field: 'body', message: 'the article has no text', fix: 'write the article below the frontmatter, or mark it `kind: brief` if it is only a headline' });
    }
  }

  const body = parseBody(split.body, file.path.endsWith('.mdx'));
  if (body.syntaxError) {
    add({ line: split.bodyLine + body.syntaxError.line - 1, field: 'MDX', message: `invalid MDX: ${body.syntaxError.message}`, fix: 'fix the JSX or {expression}, or escape a literal `{` or `<` with a backslash' });
  }
  parsed.tree = body.tree;
  for (const d of body.tree ? duplicateHeadingIds(body.tree) : []) {
    add({ line: split.bodyLine + d.line - 1, field: 'heading id', message: `"#${d.id}" is already the id of the heading on line ${split.bodyLine + d.firstLine - 1}`, fix: 'give one of the headings its own explicit id, e.g. `## Title {#other-id}`' });
  }
  return parsed;
}

/**
 * Checks a content folder's articles and topics and returns every problem
 * found, not just the first: schema, topics, slugs, duplicates, aliases,
 * translations, links, links to drafts, empty bodies and MDX syntax.
 * @example validateContent({ articles: [{ path: 'en/a.md', file: 'a.md', text: '---\ndate: 2019-01-01\n---\nHi' }] })[0].field => 'title'
 */
export function validateContent(input: ContentInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const topicIds = readTopics(input, problems);
  if (!input.topics) problems.push({ file: 'topics.yaml', field: 'topics', message: 'the topic list is missing', fix: 'create topics.yaml next to the articles folder' });
  const articles = input.articles.map((f) => parseArticle(f, topicIds, problems));

  // The same slug twice in one language (a.md next to a.mdx).
  const byKey = new Map<string, Parsed[]>();
  for (const a of articles) {
    if (!a.locale || !a.slug) continue;
    const k = `${a.locale}/${a.slug}`;
    byKey.set(k, [...(byKey.get(k) ?? []), a]);
  }
  for (const [k, same] of byKey) {
    if (same.length < 2) continue;
    for (const a of same) {
      const others = same.filter((o) => o !== a).map((o) => o.file.file);
      problems.push({ file: a.file.file, field: 'slug', message: `the slug "${k}" is also used by ${others.join(', ')}`, fix: 'keep one file per slug and language: rename or delete one of them' });
    }
  }

  // Slugs in any language, and which of them have a published version.
  const slugFiles = new Map<string, Parsed[]>();
  for (const a of articles) if (a.slug) slugFiles.set(a.slug, [...(slugFiles.get(a.slug) ?? []), a]);
  const published = (slug: string) => (slugFiles.get(slug) ?? []).some((a) => a.published);

  // A translation needs its original: the same slug in the language it names.
  for (const a of articles) {
    const from = a.data?.translation?.from;
    if (!from || !a.slug) continue;
    if (from === a.locale) {
      problems.push({ file: a.file.file, line: a.lineOf(['translation', 'from']), field: 'translation.from', message: `names the file's own language "${from}"`, fix: 'name the language of the original, or remove `translation:` if this is the original' });
    } else if (!byKey.has(`${from}/${a.slug}`)) {
      problems.push({ file: a.file.file, line: a.lineOf(['translation', 'from']), field: 'translation.from', message: `says this translates ${from}/${a.slug}, which does not exist`, fix: `add the original as articles/${from}/${a.slug}.md, fix \`from\`, or rename this file to the original's slug` });
    }
  }

  // Aliases: an old slug may neither be a live slug nor belong to two articles.
  const aliasOwners = new Map<string, Parsed[]>();
  for (const a of articles) {
    for (const alias of new Set(a.data?.aliases ?? [])) {
      const live = slugFiles.get(alias);
      if (live) {
        problems.push({ file: a.file.file, line: a.lineOf(['aliases']), field: 'aliases', message: `the alias "${alias}" is the slug of ${live.map((l) => l.file.file).join(', ')}`, fix: 'remove the alias, or rename the other article' });
      }
      aliasOwners.set(alias, [...(aliasOwners.get(alias) ?? []), a]);
    }
  }
  for (const [alias, owners] of aliasOwners) {
    const slugs = new Set(owners.map((o) => o.slug));
    if (slugs.size < 2) continue;
    for (const a of owners) {
      const others = owners.filter((o) => o.slug !== a.slug).map((o) => o.file.file);
      problems.push({ file: a.file.file, line: a.lineOf(['aliases']), field: 'aliases', message: `the alias "${alias}" is also claimed by ${others.join(', ')}`, fix: 'an old URL can redirect to one article only: remove the alias from one of them' });
    }
  }
  const aliasTarget = (slug: string) => {
    const owners = aliasOwners.get(slug);
    return owners?.length ? owners[0]!.slug : undefined;
  };

  // Links inside bodies. Wikilinks and links to article files go through the
  // site's own resolver (src/lib/resolveArticleLink.ts); site paths are checked here.
  const known = articleSet(
    articles.filter((a) => a.locale && a.slug).map((a) => ({ locale: a.locale!, slug: a.slug!, draft: !a.published, title: a.data?.title })),
  );
  for (const a of articles) {
    if (!a.locale || !a.slug || !a.tree || !a.published) continue;
    const at = (bodyLine: number) => a.bodyLine + bodyLine - 1;
    const linkProblem = (line: number, message: string, fix: string) => problems.push({ file: a.file.file, line: at(line), field: 'link', message, fix });
    const siteLinks = bodyLinks(a.tree);
    for (const found of rewriteArticleLinks(a.tree, { locale: a.locale, slug: a.slug }, known)) {
      if (!found.resolution.ok) {
        // A wikilink or file link to a renamed article names its old slug: point to the new one.
        const written = /^\[\[(?:[a-z]{2,3}:)?([^#|\]]+)/.exec(found.written)?.[1] ?? /([^/]+)\.mdx?(?:#.*)?$/.exec(found.written)?.[1];
        const renamedTo = written ? aliasTarget(written.trim()) : undefined;
        const fix = renamedTo
          ? `"${written!.trim()}" was renamed: link to "${renamedTo}" instead`
          : 'link to an existing article slug (its file name in articles/<lang>/, without .md)';
        linkProblem(found.line, `broken link ${found.resolution.error}`, fix);
      } else if (found.resolution.target.draft) {
        const t = found.resolution.target;
        linkProblem(found.line, `"${found.written}" points at a draft (articles/${t.locale}/${t.slug})`, 'publish the draft (remove `draft: true`) or remove the link');
      }
    }
    for (const link of siteLinks) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(link.url) || link.url.startsWith('#') || link.url.startsWith('//')) continue;
      const path = new URL(link.url, `http://site/${a.locale}/articles/${a.slug}/`).pathname;
      // Relative links to .md files are the resolver's, reported above.
      if (!link.url.startsWith('/') && /\.mdx?$/i.test(path)) continue;
      const target = parseSitePath(path);
      if (target.kind === 'article') {
        const slug = slugFiles.has(target.slug) ? target.slug : aliasTarget(target.slug);
        if (!slug) {
          linkProblem(link.line, `"${link.url}" points at the article "${target.slug}", which does not exist`, 'fix the slug in the link, or add the old slug to the target article\'s `aliases`');
        } else if (!published(slug)) {
          const drafts = (slugFiles.get(slug) ?? []).map((d) => d.file.file).join(', ');
          linkProblem(link.line, `"${link.url}" points at a draft (${drafts})`, 'publish the draft (remove `draft: true`) or remove the link');
        }
      } else if (target.kind === 'topic' && !topicIds.has(target.topic)) {
        linkProblem(link.line, `"${link.url}" points at the topic "${target.topic}", which does not exist`, 'fix the topic id in the link, or add the topic to topics.yaml');
      }
    }
  }
  return sortProblems(problems);
}
