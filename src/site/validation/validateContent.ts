import { sortProblems, type ContentProblem } from '../../core/contentProblem';
import type { ContentInput } from '../../core/contentFiles';
import { contentModel, type ContentModel } from './contentModel';
import { aliasProblems } from './checks/aliases';
import { asideProblems } from './checks/asides';
import { articleLinkProblems } from './checks/articleLinks';
import { duplicateSlugs } from './checks/duplicateSlugs';
import { imageProblems, unusedMedia } from './checks/images';
import { mdxComponentProblems } from './checks/mdxComponents';
import { sitePathProblems } from './checks/sitePathLinks';
import { translationOriginals } from './checks/translationOriginals';

export type { ContentFile, ContentInput } from '../../core/contentFiles';

/** One named check of the content folder. */
export interface ContentCheck {
  name: string;
  check(model: ContentModel): ContentProblem[];
}

/**
 * Every check the validator runs, in order. The checks of one file (naming,
 * YAML, schema, topics, empty body, MDX, heading ids) run while the model is
 * parsed, since the checks across files need their results.
 */
export const CONTENT_CHECKS: readonly ContentCheck[] = [
  { name: 'topic list', check: (model) => model.topicProblems },
  { name: 'glossary', check: (model) => model.glossaryProblems },
  { name: 'article files', check: (model) => model.articles.flatMap((a) => a.problems) },
  { name: 'one file per slug and language', check: duplicateSlugs },
  { name: 'translations have their original', check: translationOriginals },
  { name: 'aliases', check: aliasProblems },
  { name: 'links to articles', check: articleLinkProblems },
  { name: 'links to site paths', check: sitePathProblems },
  { name: 'asides', check: asideProblems },
  { name: 'MDX components', check: mdxComponentProblems },
  { name: 'images', check: imageProblems },
];

/** The checks whose findings are warnings: listed by `npm run check` and the build, never failing either. */
export const CONTENT_WARNINGS: readonly ContentCheck[] = [{ name: 'unused media files', check: unusedMedia }];

/** What the validator found: errors stop the build, warnings are only listed. */
export interface ContentReport {
  errors: ContentProblem[];
  warnings: ContentProblem[];
}

/**
 * Runs every check and every warning on a content folder, each sorted by file and line.
 * @example checkContent({ articles: [], media: [{ path: 'media/a.png', file: 'media/a.png', bytes: 1 }] }).warnings[0].field => 'media'
 */
export function checkContent(input: ContentInput): ContentReport {
  const model = contentModel(input);
  const run = (checks: readonly ContentCheck[]) => sortProblems(checks.flatMap((c) => c.check(model)));
  return { errors: run(CONTENT_CHECKS), warnings: run(CONTENT_WARNINGS) };
}

/**
 * Checks a content folder's articles, topics and glossary and returns every problem
 * found, not just the first, sorted by file and line.
 * @example validateContent({ articles: [{ path: 'en/a.md', file: 'a.md', text: '---\ndate: 2019-01-01\n---\nHi' }] })[0].field => 'title'
 */
export function validateContent(input: ContentInput): ContentProblem[] {
  return checkContent(input).errors;
}
