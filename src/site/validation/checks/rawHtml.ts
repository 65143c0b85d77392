import type { Root } from 'mdast';
import type { ContentProblem } from '../../../core/content/contentProblem';
import { eachNode } from '../../../markdown/eachNode';
import { htmlElementProblems, type HtmlAttribute, type HtmlProblem } from '../../../core/content/htmlAllowList';
import { htmlTags } from '../../../markdown/htmlTags';
import { literalValue, quotedCode } from '../../../markdown/literalExpression';
import type { ContentModel } from '../contentModel';

interface JsxAttribute {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  value?: string | null | { type: string; value: string };
}

/**
 * The problems of one lowercase JSX element of an MDX body: what makes its attributes code
 * (a spread, an Astro directive such as `set:html`, an expression other than a literal), then
 * the HTML allow-list on the values it is left with.
 */
function jsxElementProblems(name: string, attributes: readonly JsxAttribute[]): HtmlProblem[] {
  const tag = `<${name}>`;
  const problems: HtmlProblem[] = [];
  const values: HtmlAttribute[] = [];
  for (const a of attributes) {
    if (a.type === 'mdxJsxExpressionAttribute' || !a.name) {
      const code = typeof a.value === 'string' ? a.value : '';
      problems.push({
        message: `${tag} spreads attributes ({${quotedCode(code)}}), which is code`,
        fix: 'write each attribute out as name="value"',
      });
    } else if (a.name.includes(':') && a.name !== 'xlink:href') {
      problems.push({
        message: `${tag} has the Astro directive "${a.name}", which puts unchecked HTML or code on the page`,
        fix: 'remove it: write the content in Markdown between the tags',
      });
    } else if (a.value !== null && typeof a.value === 'object') {
      const literal = literalValue(a.value.value);
      if (literal) values.push({ name: a.name, value: typeof literal.value === 'string' ? literal.value : JSON.stringify(literal.value) });
      else {
        problems.push({
          message: `${tag} attribute "${a.name}" is the expression {${quotedCode(a.value.value)}}, which is code`,
          fix: `write a plain value, e.g. ${a.name}="…"`,
        });
      }
    } else values.push({ name: a.name, value: a.value ?? '' });
  }
  return [...problems, ...htmlElementProblems(name, values)];
}

/** Each HTML element a body writes (raw HTML in Markdown, lowercase JSX in MDX), with its body line and problems. */
function bodyHtmlProblems(tree: Root): { line: number; problem: HtmlProblem }[] {
  const found: { line: number; problem: HtmlProblem }[] = [];
  eachNode(tree, (node) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'html') {
      for (const tag of htmlTags(node.value)) {
        for (const problem of htmlElementProblems(tag.name, tag.attributes)) found.push({ line: line + tag.line - 1, problem });
      }
      return;
    }
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const element = node as unknown as { name: string | null; attributes: JsxAttribute[] };
    // Fragments (<>…</>) are no element; capitalised names are the site's components (checks/mdxComponents.ts).
    if (!element.name || /^[A-Z]/.test(element.name)) return;
    for (const problem of jsxElementProblems(element.name, element.attributes)) found.push({ line, problem });
  });
  return found;
}

/**
 * The HTML every article writes itself, drafts included: raw HTML in Markdown and lowercase JSX
 * elements in MDX follow the allow-list of core/content/htmlAllowList.ts (no `<script>`, `<style>`,
 * `<iframe>`, `<form>`, `<base>`…, no `on*` or `style` attribute, no address with a refused
 * scheme), and in MDX their attributes are text, never code.
 * @example rawHtmlProblems(modelOf({ 'en/a.md': '<img src="x.png" onerror="alert(1)">' }))[0].message
 *   => 'the attribute "onerror" on <img> runs code in the reader’s browser'
 */
export function rawHtmlProblems(model: ContentModel): ContentProblem[] {
  return model.articles.flatMap((a) =>
    a.tree && /</.test(a.file.frontmatter.body)
      ? bodyHtmlProblems(a.tree).map(({ line, problem }) => ({ file: a.file.file, line: a.bodyLine + line - 1, field: 'HTML', ...problem }))
      : [],
  );
}
