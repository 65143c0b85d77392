import type { ContentProblem } from '../../../core/content/contentProblem';
import type { ContentModel } from '../contentModel';

/**
 * An old slug may neither be a live slug nor redirect to two articles.
 * @example aliasProblems(modelOf({ 'en/a.md': 'aliases: [b]', 'zh/b.md': '' }))[0].message => 'the alias "b" is the slug of …zh/b.md'
 */
export function aliasProblems(model: ContentModel): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const a of model.articles) {
    for (const alias of new Set(a.data?.aliases ?? [])) {
      const live = model.bySlug.get(alias);
      if (!live) continue;
      problems.push({
        file: a.file.file,
        line: a.lineOf(['aliases']),
        field: 'aliases',
        message: `the alias "${alias}" is the slug of ${live.map((l) => l.file.file).join(', ')}`,
        fix: 'remove the alias, or rename the other article',
      });
    }
  }
  for (const [alias, owners] of model.aliasOwners) {
    if (new Set(owners.map((o) => o.slug)).size < 2) continue;
    for (const a of owners) {
      problems.push({
        file: a.file.file,
        line: a.lineOf(['aliases']),
        field: 'aliases',
        message: `the alias "${alias}" is also claimed by ${owners
          .filter((o) => o.slug !== a.slug)
          .map((o) => o.file.file)
          .join(', ')}`,
        fix: 'an old URL can redirect to one article only: remove the alias from one of them',
      });
    }
  }
  return problems;
}
