import type { Root } from 'mdast';
import { eachNode } from './eachNode';

/** A prop as written: a literal value, or an expression the validator cannot evaluate. */
export type WrittenProp = { value: string | number | boolean } | { expression: string };

/** One JSX element with a component's name (capitalised) in an MDX body. */
export interface ComponentUse {
  name: string;
  /** Line in the body (1-based). */
  line: number;
  props: Record<string, WrittenProp>;
  /** It wraps content: `<Callout>text</Callout>` rather than `<Callout />`. */
  hasChildren: boolean;
  /** A spread (`{...props}`), which no check can see into. */
  spread: boolean;
}

interface JsxAttribute {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  value?: string | null | { type: string; value: string };
}

interface JsxElement {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: JsxAttribute[];
  children: unknown[];
  position?: { start: { line: number } };
}

/** A literal written as an expression: `{3}`, `{true}`, `{"text"}`, `{'text'}`. */
function literal(source: string): WrittenProp {
  const s = source.trim();
  if (s === 'true' || s === 'false') return { value: s === 'true' };
  if (/^-?\d+(\.\d+)?$/.test(s)) return { value: Number(s) };
  const quoted = /^(["'])((?:\\.|(?!\1).)*)\1$/s.exec(s);
  if (quoted) return { value: quoted[2]!.replace(/\\(.)/g, '$1') };
  return { expression: s };
}

function writtenProp(value: JsxAttribute['value']): WrittenProp {
  if (value === null || value === undefined) return { value: true };
  if (typeof value === 'string') return { value };
  return literal(value.value);
}

/**
 * Every use of a component in an MDX body, in document order, with its props
 * as written. HTML elements (lowercase names) and fragments are not components.
 * @example componentUses(parseMarkdown('<Callout type="tip">Hi</Callout>', { mdx: true }))
 *   => [{ name: 'Callout', line: 1, props: { type: { value: 'tip' } }, hasChildren: true, spread: false }]
 */
export function componentUses(tree: Root): ComponentUse[] {
  const uses: ComponentUse[] = [];
  eachNode(tree, (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const element = node as unknown as JsxElement;
    if (!element.name || !/^[A-Z]/.test(element.name)) return;
    const props: Record<string, WrittenProp> = {};
    let spread = false;
    for (const a of element.attributes) {
      if (a.type === 'mdxJsxExpressionAttribute' || !a.name) spread = true;
      else props[a.name] = writtenProp(a.value);
    }
    uses.push({ name: element.name, line: element.position?.start.line ?? 1, props, hasChildren: element.children.length > 0, spread });
  });
  return uses;
}

/**
 * The names an MDX body brings in itself (`import Chart from './chart.astro'`,
 * `export const Box = …`): an article may use its own components as well as the site's.
 * @example declaredNames(parseMarkdown("import Chart, { Bar as B } from './c.js'", { mdx: true })) => Set { 'Chart', 'B' }
 */
export function declaredNames(tree: Root): Set<string> {
  const names = new Set<string>();
  for (const node of tree.children) {
    if ((node.type as string) !== 'mdxjsEsm') continue;
    const code = (node as unknown as { value: string }).value;
    for (const m of code.matchAll(/\bimport\s+([\s\S]*?)\s+from\b/g)) {
      const clause = m[1]!;
      const namespace = /\*\s+as\s+([\w$]+)/.exec(clause);
      if (namespace) names.add(namespace[1]!);
      const first = /^([\w$]+)/.exec(clause);
      if (first) names.add(first[1]!);
      for (const part of /\{([^}]*)\}/.exec(clause)?.[1]?.split(',') ?? []) {
        const local = part
          .trim()
          .split(/\s+as\s+/)
          .pop()
          ?.trim();
        if (local) names.add(local);
      }
    }
    for (const m of code.matchAll(/\bexport\s+(?:const|let|var|function|class)\s+([\w$]+)/g)) names.add(m[1]!);
  }
  return names;
}
