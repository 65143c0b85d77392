import type { Nodes, Parents, Root } from 'mdast';

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

/**
 * Calls `fn` on every node of a tree but the root, in document order, with the node's parent: the
 * walk of eachNode for steps that edit the tree after the walk (markdown/editTree.ts). The children
 * walked are those the tree has when the walk starts.
 * @example eachChild(parseMarkdown('*a*'), (node, parent) => kinds.push(`${parent.type}>${node.type}`)) // root>paragraph, paragraph>emphasis, emphasis>text
 */
export function eachChild(tree: Root, fn: (node: Nodes, parent: Parents) => void): void {
  const stack: [Nodes, Parents][] = [];
  const pushChildren = (parent: Parents) => {
    const children = parent.children as Nodes[];
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i]!, parent]);
  };
  pushChildren(tree);
  while (stack.length) {
    const [node, parent] = stack.pop()!;
    fn(node, parent);
    if ((node as { children?: Nodes[] }).children) pushChildren(node as Parents);
  }
}
