import { sortProblems, type ContentProblem } from '../../core/content/contentProblem';
import type { ContentInput } from '../../core/content/contentFiles';
import type { BodyCache } from './bodyCache';
import { contentModel, type ContentModel } from './contentModel';
import { addressProblems } from './checks/addresses';
import { aliasProblems } from './checks/aliases';
import { asideProblems } from './checks/asides';
import { coverProblems } from './checks/cover';
import { articleLinkProblems } from './checks/articleLinks';
import { duplicateSlugs } from './checks/duplicateSlugs';
import { imageProblems, unusedMedia } from './checks/images';
import { mdxCodeProblems } from './checks/mdxCode';
import { mdxComponentProblems } from './checks/mdxComponents';
import { rawHtmlProblems } from './checks/rawHtml';
import { mediaLinkProblems } from './checks/mediaLinks';
import { sitePathProblems } from './checks/sitePathLinks';
import { symlinkProblems } from './checks/symlinks';
import { translationOriginals } from './checks/translationOriginals';

export type { ContentFile, ContentInput } from '../../core/content/contentFiles';

/** One named check of the content folder. */
export interface ContentCheck {
  name: string;
  check(model: ContentModel): ContentProblem[];
  /**
   * It reads article bodies (`tree`), passes over articles without one, and finds problems
   * only in the file whose body it reads: what it finds there is kept in the body cache.
   */
  readsBodies?: true;
}

/**
 * Every check the validator runs, in order. The checks of one file (naming,
 * YAML, schema, topics, empty body, MDX, heading ids) run while the model is
 * parsed, since the checks across files need their results.
 */
export const CONTENT_CHECKS: readonly ContentCheck[] = [
  { name: 'no symbolic links', check: symlinkProblems },
  { name: 'topic list', check: (model) => model.topicProblems },
  { name: 'glossary', check: (model) => model.glossaryProblems },
  { name: 'site settings', check: (model) => model.siteProblems },
  { name: 'article files', check: (model) => model.articles.flatMap((a) => a.problems) },
  { name: 'one file per slug and language', check: duplicateSlugs },
  { name: 'translations have their original', check: translationOriginals },
  { name: 'aliases', check: aliasProblems },
  { name: 'links to articles', check: articleLinkProblems, readsBodies: true },
  { name: 'links to site paths', check: sitePathProblems, readsBodies: true },
  { name: 'asides', check: asideProblems, readsBodies: true },
  { name: 'MDX components', check: mdxComponentProblems, readsBodies: true },
  { name: 'images', check: imageProblems },
  { name: 'cover pictures', check: coverProblems },
  { name: 'link addresses', check: addressProblems, readsBodies: true },
  { name: 'HTML elements', check: rawHtmlProblems, readsBodies: true },
  { name: 'MDX is content, not code', check: mdxCodeProblems, readsBodies: true },
  { name: 'links to media files', check: mediaLinkProblems, readsBodies: true },
];

/**
 * The checks whose findings are warnings: listed by `npm run check` and the build, never failing either.
 * A check of CONTENT_CHECKS may find warnings too (a link to an old slug), marked `warning`.
 */
export const CONTENT_WARNINGS: readonly ContentCheck[] = [{ name: 'unused media files', check: unusedMedia }];

/** What the validator found: errors stop the build, warnings are only listed. */
export interface ContentReport {
  errors: ContentProblem[];
  warnings: ContentProblem[];
}

/**
 * Runs every check and every warning on a content folder, each sorted by file and line.
 * With a cache (bodyCache.ts), bodies whose findings it holds are not parsed again,
 * and the findings of those parsed are added to it.
 * @example checkContent({ articles: [], media: [{ path: 'media/a.png', file: 'media/a.png', bytes: 1 }] }).warnings[0].field => 'media'
 */
export function checkContent(input: ContentInput, cache?: BodyCache): ContentReport {
  const model = contentModel(input, cache);
  const found = CONTENT_CHECKS.map((c) => c.check(model));
  const bodyFound = found.filter((_, i) => CONTENT_CHECKS[i]!.readsBodies).flat();
  const all = [...found.flat(), ...model.articles.flatMap((a) => a.cachedChecks ?? [])];
  if (cache) {
    const byFile = Map.groupBy(bodyFound, (p) => p.file);
    for (const a of model.articles) {
      if (a.cacheKey)
        cache.set(a.cacheKey, { parse: a.bodyProblems, checks: byFile.get(a.file.file) ?? [], images: a.images, mediaLinks: a.mediaLinks });
    }
  }
  return {
    errors: sortProblems(all.filter((p) => !p.warning)),
    warnings: sortProblems([...all.filter((p) => p.warning), ...CONTENT_WARNINGS.flatMap((c) => c.check(model))]),
  };
}

/**
 * Checks a content folder's articles, topics and glossary and returns every problem
 * found, not just the first, sorted by file and line.
 * @example validateContent({ articles: [{ path: 'en/a.md', file: 'a.md', text: '---\ndate: 2019-01-01\n---\nHi' }] })[0].field => 'title'
 */
export function validateContent(input: ContentInput): ContentProblem[] {
  return checkContent(input).errors;
}
