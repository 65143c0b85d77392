import { parseExpressionAt, tokenizer, type Node } from 'acorn';

const OPTIONS = { ecmaVersion: 'latest', sourceType: 'module' } as const;

/** A literal's value, wrapped so that `undefined` can say "not a literal". */
type Found = { value: unknown } | undefined;

/** The value of a node of an expression's tree when it is a literal: a string, number, boolean or null, or an array or object of them. */
function literalOf(node: Node): Found {
  switch (node.type) {
    case 'Literal': {
      const literal = node as Node & { value: unknown; regex?: unknown };
      const { value } = literal;
      return !literal.regex && (value === null || ['string', 'number', 'boolean'].includes(typeof value)) ? { value } : undefined;
    }
    case 'UnaryExpression': {
      const unary = node as Node & { operator: string; argument: Node };
      const inner = unary.argument.type === 'Literal' ? literalOf(unary.argument) : undefined;
      if (!inner || typeof inner.value !== 'number' || (unary.operator !== '-' && unary.operator !== '+')) return undefined;
      return { value: unary.operator === '-' ? -inner.value : inner.value };
    }
    case 'TemplateLiteral': {
      const template = node as Node & { expressions: Node[]; quasis: { value: { cooked?: string | null } }[] };
      const cooked = template.quasis[0]?.value.cooked;
      return template.expressions.length === 0 && typeof cooked === 'string' ? { value: cooked } : undefined;
    }
    case 'ArrayExpression': {
      const values: unknown[] = [];
      for (const element of (node as Node & { elements: (Node | null)[] }).elements) {
        const found = element && element.type !== 'SpreadElement' ? literalOf(element) : undefined;
        if (!found) return undefined;
        values.push(found.value);
      }
      return { value: values };
    }
    case 'ObjectExpression': {
      const entries: [string, unknown][] = [];
      for (const p of (node as Node & { properties: Node[] }).properties) {
        const property = p as Node & { computed?: boolean; method?: boolean; shorthand?: boolean; kind?: string; key: Node; value: Node };
        if (p.type !== 'Property' || property.computed || property.method || property.shorthand || property.kind !== 'init')
          return undefined;
        const key = property.key as Node & { name?: string; value?: unknown };
        const name = key.type === 'Identifier' ? key.name : key.type === 'Literal' ? String(key.value) : undefined;
        const found = literalOf(property.value);
        if (name === undefined || name === '__proto__' || !found) return undefined;
        entries.push([name, found.value]);
      }
      return { value: Object.fromEntries(entries) };
    }
    default:
      return undefined;
  }
}

/**
 * The value of JavaScript source that is one literal and nothing else: `"text"`, `3`, `-1.5`,
 * `true`, `null`, or an array or object of literals; `undefined` for anything else (names, calls,
 * member access, functions, templates with `${…}`, spreads). What a JSX attribute may be given in an article.
 * @example literalValue('["a", { b: 1 }]') => { value: ['a', { b: 1 }] }
 * @example literalValue('fs.readFileSync("/etc/passwd")') => undefined
 */
export function literalValue(source: string): { value: unknown } | undefined {
  let node: Node;
  try {
    node = parseExpressionAt(source, 0, OPTIONS);
  } catch {
    return undefined;
  }
  // Nothing but whitespace and comments may follow the value.
  return isOnlyComments(source.slice(node.end)) ? literalOf(node) : undefined;
}

/**
 * Whether JavaScript source holds nothing but comments and whitespace: MDX's `{/* comment *\/}`.
 * @example isOnlyComments(' /* a note *\/ ') => true
 * @example isOnlyComments('1') => false
 */
export function isOnlyComments(source: string): boolean {
  try {
    return tokenizer(source, OPTIONS).getToken().type.label === 'eof';
  } catch {
    return false;
  }
}

/**
 * Code as a message quotes it: on one line, cut short when long.
 * @example quotedCode('{ a:\n  1 }') => '{ a: 1 }'
 */
export function quotedCode(code: string): string {
  const line = code.replace(/\s+/g, ' ').trim();
  return line.length > 60 ? `${line.slice(0, 60)}…` : line;
}
