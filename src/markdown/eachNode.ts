import type { Nodes, Root } from 'mdast';

/**
 * Calls `fn` on every node of a tree in document order: a plain walk, for checks that read
 * every node and need neither parents nor a way to skip, at a fraction of `visit`'s cost.
 * @example eachNode(parseMarkdown('[a](b)'), (node) => node.type === 'link' && links.push(node.url))
 */
export function eachNode(tree: Root, fn: (node: Nodes) => void): void {
  const stack: Nodes[] = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    fn(node);
    const children = (node as { children?: Nodes[] }).children;
    if (children) for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
}
