import type { ContentProblem } from '../../../core/content/contentProblem';
import { eachNode } from '../../../markdown/eachNode';
import { isOnlyComments, quotedCode } from '../../../markdown/literalExpression';
import type { ContentModel } from '../contentModel';

/**
 * MDX is a content format here, not a program: an article may not `import` or `export`
 * (code that would run in the build, with its access to every file) nor write an
 * `{expression}` in its text (the same code, run while the page renders). A comment,
 * `{/* … *\/}`, is no code and stays allowed. Component props and HTML attributes are
 * checked where their elements are (checks/mdxComponents.ts, checks/rawHtml.ts).
 * @example mdxCodeProblems(modelOf({ 'en/a.mdx': "import fs from 'node:fs'" }))[0].message
 *   => 'the MDX article imports or exports code: "import fs from \'node:fs\'"'
 */
export function mdxCodeProblems(model: ContentModel): ContentProblem[] {
  return model.articles
    .filter((a) => a.tree && a.file.path.endsWith('.mdx'))
    .flatMap((a) => {
      const problems: ContentProblem[] = [];
      eachNode(a.tree!, (node) => {
        const at = { file: a.file.file, line: a.bodyLine + (node.position?.start.line ?? 1) - 1, field: 'MDX' };
        const code = (node as { value?: unknown }).value;
        if (typeof code !== 'string') return;
        if (node.type === 'mdxjsEsm') {
          problems.push({
            ...at,
            message: `the MDX article imports or exports code: "${quotedCode(code)}"`,
            fix: 'remove it: articles use the site’s components (<Callout>, <Figure>…) without importing anything',
          });
        } else if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && !isOnlyComments(code)) {
          problems.push({
            ...at,
            message: `the {expression} {${quotedCode(code)}} is code, which an article may not run`,
            fix: 'write the text itself; to show a literal brace, escape it as \\{',
          });
        }
      });
      return problems;
    });
}
