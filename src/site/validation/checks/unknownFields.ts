import { z } from 'astro/zod';
import { articleSchema } from '../../../core/articles/articleSchema';
import type { ContentProblem } from '../../../core/content/contentProblem';

/** The fields the frontmatter schema knows at a path (`[]` the top level, `['source']` inside `source:`). */
function knownFields(path: readonly PropertyKey[]): string[] {
  let schema: z.ZodType = articleSchema;
  for (const key of path) {
    while (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault) schema = schema.unwrap() as z.ZodType;
    if (!(schema instanceof z.ZodObject)) return [];
    schema = (schema.shape as Record<string, z.ZodType>)[String(key)]!;
  }
  while (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault) schema = schema.unwrap() as z.ZodType;
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

/**
 * The problem of a frontmatter key the schema does not know, at its line. A `slug:`
 * is told apart: the file name is an article's only slug, so no file can take another's URL.
 * @example unknownFieldProblem(['titel'], () => 2).message => '"titel" is not a field of the frontmatter'
 */
export function unknownFieldProblem(
  path: readonly PropertyKey[],
  lineOf: (path: readonly PropertyKey[]) => number,
): Omit<ContentProblem, 'file'> {
  const key = String(path.at(-1));
  const parent = path.slice(0, -1);
  const where = parent.length ? `\`${parent.join('.')}:\`` : 'the frontmatter';
  const line = lineOf(path);
  const field = path.join('.');
  if (!parent.length && key === 'slug')
    return {
      line,
      field,
      message: '"slug" is not a field: an article\'s slug is its file name, content/articles/<lang>/<slug>.md',
      fix: 'remove `slug:`; to give the article another URL, rename the file and list the old slug in `aliases:`',
    };
  return {
    line,
    field,
    message: `"${key}" is not a field of ${where}`,
    fix: `remove it, or correct its name: the fields of ${where} are ${knownFields(parent).join(', ')}`,
  };
}
