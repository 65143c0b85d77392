import { topicSchema } from '../../../core/articleSchema';
import type { ContentInput } from '../../../core/contentFiles';
import type { ContentProblem } from '../../../core/contentProblem';
import { parseYamlWithLines } from '../../../core/frontmatter';
import { LOCALES } from '../../../core/locales';
import { isValidSlug } from '../../../core/slugs';

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
  const { file, text } = input.topics;
  const yaml = parseYamlWithLines(text, 1);
  for (const e of yaml.errors) {
    problems.push({ file, line: e.line, field: 'YAML', message: e.message, fix: 'fix the YAML syntax of the topic list' });
  }
  if (!Array.isArray(yaml.data)) {
    if (!yaml.errors.length) problems.push({ file, field: 'topics', message: 'is not a list', fix: 'write one `- id: …` entry per topic' });
    return { ids, problems };
  }
  yaml.data.forEach((entry: { id?: unknown }, i) => {
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
