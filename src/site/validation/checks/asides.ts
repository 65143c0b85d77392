import { CALLOUT_TYPES, isCalloutType } from '../../../core/articles/callouts';
import type { ContentProblem } from '../../../core/content/contentProblem';
import { eachNode } from '../../../markdown/eachNode';
import type { ContentModel } from '../contentModel';

/**
 * `:::name` containers whose name is not an aside the site knows
 * (core/articles/callouts.ts): they would render as a plain block, which is never what the editor meant.
 * @example asideProblems(modelOf({ 'en/a.md': ':::warning\nx\n:::' }))[0].message => 'unknown aside ":::warning"'
 */
export function asideProblems(model: ContentModel): ContentProblem[] {
  return model.articles.flatMap((a) => {
    const problems: ContentProblem[] = [];
    if (!a.tree) return problems;
    eachNode(a.tree, (node) => {
      if (node.type !== 'containerDirective' || isCalloutType(node.name)) return;
      problems.push({
        file: a.file.file,
        line: a.bodyLine + (node.position?.start.line ?? 1) - 1,
        field: 'aside',
        message: `unknown aside ":::${node.name}"`,
        fix: `use one of ${CALLOUT_TYPES.map((t) => `:::${t}`).join(', ')}`,
      });
    });
    return problems;
  });
}
