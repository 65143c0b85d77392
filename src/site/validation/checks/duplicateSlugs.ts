import type { ContentProblem } from '../../../core/content/contentProblem';
import type { ContentModel } from '../contentModel';

/**
 * The same slug twice in one language (a.md next to a.mdx): each file names the others.
 * @example duplicateSlugs(modelOf({ 'en/a.md': …, 'en/a.mdx': … })).length => 2
 */
export function duplicateSlugs(model: ContentModel): ContentProblem[] {
  return [...model.byKey].flatMap(([key, same]) =>
    same.length < 2
      ? []
      : same.map((a) => ({
          file: a.file.file,
          field: 'slug',
          message: `the slug "${key}" is also used by ${same
            .filter((o) => o !== a)
            .map((o) => o.file.file)
            .join(', ')}`,
          fix: 'keep one file per slug and language: rename or delete one of them',
        })),
  );
}
