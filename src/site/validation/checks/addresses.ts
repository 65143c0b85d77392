import type { ContentProblem } from '../../../core/content/contentProblem';
import { eachNode } from '../../../markdown/eachNode';
import { SAFE_URL_FIX, unsafeUrlMessage, urlVerdict } from '../../../core/content/safeUrl';
import type { ContentModel } from '../contentModel';

/**
 * The addresses of every article's Markdown links, autolinks and link definitions, drafts
 * included: each must be one core/content/safeUrl.ts allows (http:, https:, mailto:, site and relative
 * paths, #fragments). Images are files of media/ (checks/images.ts), which refuses any address.
 * @example addressProblems(modelOf({ 'en/a.md': '[x](javascript:alert(1))' }))[0].message
 *   => 'the link "javascript:alert(1)" uses the scheme "javascript:", which an article may not use'
 */
export function addressProblems(model: ContentModel): ContentProblem[] {
  return model.articles.flatMap((a) => {
    const problems: ContentProblem[] = [];
    if (!a.tree) return problems;
    eachNode(a.tree, (node) => {
      if (node.type !== 'link' && node.type !== 'definition') return;
      const verdict = urlVerdict(node.url);
      if (verdict.ok) return;
      const what = node.type === 'definition' ? `the link definition [${node.label ?? node.identifier}]:` : 'the link';
      problems.push({
        file: a.file.file,
        line: a.bodyLine + (node.position?.start.line ?? 1) - 1,
        field: 'link',
        message: `${what} ${unsafeUrlMessage(node.url, verdict.scheme)}`,
        fix: SAFE_URL_FIX,
      });
    });
    return problems;
  });
}
