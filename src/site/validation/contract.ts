import { sortProblems, type ContentProblem } from '../../core/content/contentProblem';
import type { ContentFile } from '../../core/content/contentFiles';
import { addressProblems } from './checks/addresses';
import { readBody } from './checks/articleFile';
import { mdxCodeProblems } from './checks/mdxCode';
import { rawHtmlProblems } from './checks/rawHtml';
import { contentModel } from './contentModel';

/** The checks of what a body may contain (addresses, HTML, MDX code): the content contract. */
export const CONTRACT_CHECKS = [addressProblems, rawHtmlProblems, mdxCodeProblems] as const;

/**
 * What one article file breaks of the content contract, whatever the rest of the folder holds:
 * what `astro dev` asks of a file it is about to render or compile, since it validates the
 * folder only when it starts. A body is read even when its frontmatter is broken, and an MDX
 * body that does not parse is refused too: it is not compiled unchecked.
 * @example contractProblems({ path: 'en/a.mdx', file: 'a.mdx', text: "---\ntitle: A\n---\nimport fs from 'node:fs'" })[0].field => 'MDX'
 */
export function contractProblems(file: ContentFile): ContentProblem[] {
  const model = contentModel({ articles: [file] });
  const article = model.articles[0]!;
  if (!article.tree) {
    const body = readBody(article);
    if (!body.tree) return body.problems;
    article.tree = body.tree;
  }
  return sortProblems(CONTRACT_CHECKS.flatMap((check) => check(model)));
}
