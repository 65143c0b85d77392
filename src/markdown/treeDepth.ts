import type { Node, Parent } from 'unist';

/**
 * The first node of a tree that sits deeper than `limit` levels below its root
 * (the root's children are level 1), or undefined when none does. Walked with a
 * stack of its own, never recursion, so a body nested thousands deep (quotes or
 * lists inside each other) is measured instead of overflowing the call stack.
 * @example tooDeep(parseMarkdown('> > > x'), 2) => { type: 'blockquote', position: { start: { line: 1, … } }, … }
 */
export function tooDeep(root: Node, limit: number): Node | undefined {
  const stack: [Node, number][] = [[root, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > limit) return node;
    const children = (node as Partial<Parent>).children;
    if (children) for (let i = children.length - 1; i >= 0; i--) stack.push([children[i]!, depth + 1]);
  }
  return undefined;
}
