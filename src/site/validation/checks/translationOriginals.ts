import type { ContentProblem } from '../../../core/content/contentProblem';
import type { ContentModel } from '../contentModel';

/**
 * A translation needs its original: the same slug in the language `translation.from` names, not its own.
 * @example translationOriginals(modelOf({ 'zh/a.md': 'translation: { from: en }' }))[0].message => 'says this translates en/a, which does not exist'
 */
export function translationOriginals(model: ContentModel): ContentProblem[] {
  return model.articles.flatMap((a): ContentProblem[] => {
    const from = a.data?.translation?.from;
    if (!from || !a.slug) return [];
    // Its line only for a problem: finding it parses the YAML again (5,000 translations: 0.8 s of the check, profiled).
    const at = () => ({ file: a.file.file, line: a.lineOf(['translation', 'from']), field: 'translation.from' });
    if (from === a.locale) {
      return [
        {
          ...at(),
          message: `names the file's own language "${from}"`,
          fix: 'name the language of the original, or remove `translation:` if this is the original',
        },
      ];
    }
    if (model.byKey.has(`${from}/${a.slug}`)) return [];
    return [
      {
        ...at(),
        message: `says this translates ${from}/${a.slug}, which does not exist`,
        fix: `add the original as articles/${from}/${a.slug}.md, fix \`from\`, or rename this file to the original's slug`,
      },
    ];
  });
}
