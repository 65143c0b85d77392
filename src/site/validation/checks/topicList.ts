import { topicSchema } from '../../../core/articles/articleSchema';
import type { ContentInput } from '../../../core/content/contentFiles';
import { encodingProblem, yamlErrorFix } from '../../../core/content/contentFileProblems';
import type { ContentProblem } from '../../../core/content/contentProblem';
import { parseYamlWithLines } from '../../../core/content/frontmatter';
import { LOCALES } from '../../../core/language/locales';
import { isValidSlug } from '../../../core/links/slugs';

/**
 * Reads topics.yaml into its ids, reporting a missing list and entries that break the topic schema.
 * @example readTopics({ articles: [], topics: { file: 'topics.yaml', text: '- id: Bad' } }).problems[0].field => 'topics[0].id'
 */
export function readTopics(input: Pick<ContentInput, 'topics'>): { ids: Set<string>; problems: ContentProblem[] } {
  const ids = new Set<string>();
  const problems: ContentProblem[] = [];
  if (!input.topics) {
    problems.push({
      file: 'topics.yaml',
      field: 'topics',
      message: 'the topic list is missing',
      fix: 'create topics.yaml next to the articles folder',
    });
    return { ids, problems };
  }
  const { file, text, invalidUtf8 } = input.topics;
  if (invalidUtf8) problems.push(encodingProblem({ file, invalidUtf8 }));
  const yaml = parseYamlWithLines(text, 1);
  for (const e of yaml.errors) {
    problems.push({ file, line: e.line, field: 'YAML', message: e.message, fix: yamlErrorFix(e, 'of the topic list') });
  }
  if (!Array.isArray(yaml.data)) {
    if (!yaml.errors.length) problems.push({ file, field: 'topics', message: 'is not a list', fix: 'write one `- id: …` entry per topic' });
    return { ids, problems };
  }
  yaml.data.forEach((entry: { id?: unknown }, i) => {
    problems.push(...unknownTopicFields(entry, i, file, yaml.lineOf));
    const result = topicSchema.safeParse(entry);
    if (typeof entry?.id !== 'string' || !isValidSlug(entry.id)) {
      problems.push({
        file,
        field: `topics[${i}].id`,
        message: `"${String(entry?.id)}" is not a lowercase ASCII id`,
        fix: 'give the topic an id of letters a-z, digits and single hyphens',
      });
    } else ids.add(entry.id);
    if (!result.success) {
      const where = result.error.issues.map((issue) => issue.path.join('.')).join(', ');
      problems.push({
        file,
        field: `topics[${i}]`,
        message: `is missing ${where}`,
        fix: `give the topic a name and description in every language (${LOCALES.join(', ')})`,
      });
    }
  });
  return { ids, problems };
}

/** The fields of a topic, and the languages of its name and description. */
const TOPIC_FIELDS: Record<string, readonly string[] | undefined> = { id: undefined, name: LOCALES, description: LOCALES };

/**
 * The keys of a topic that the site does not read (a `slug:`, a typo, a language it does not have): errors, never dropped.
 * @example unknownTopicFields({ id: 'a', nmae: {} }, 0, 'topics.yaml', () => 3)[0].message => '"nmae" is not a field of a topic'
 */
function unknownTopicFields(entry: unknown, i: number, file: string, lineOf: (path: readonly PropertyKey[]) => number): ContentProblem[] {
  if (!entry || typeof entry !== 'object' || Array.isArray(entry)) return [];
  const problems: ContentProblem[] = [];
  for (const [key, value] of Object.entries(entry)) {
    if (!Object.hasOwn(TOPIC_FIELDS, key)) {
      problems.push({
        file,
        line: lineOf([i, key]),
        field: `topics[${i}].${key}`,
        message: `"${key}" is not a field of a topic`,
        fix: `remove it, or correct its name: a topic has ${Object.keys(TOPIC_FIELDS).join(', ')}`,
      });
      continue;
    }
    const languages = TOPIC_FIELDS[key];
    if (!languages || !value || typeof value !== 'object' || Array.isArray(value)) continue;
    for (const lang of Object.keys(value).filter((k) => !languages.includes(k))) {
      problems.push({
        file,
        line: lineOf([i, key, lang]),
        field: `topics[${i}].${key}.${lang}`,
        message: `"${lang}" is not a language of the site`,
        fix: `write the ${key} in ${languages.join(', ')} only`,
      });
    }
  }
  return problems;
}
