import type { Nodes, Parents, Root } from 'mdast';

/**
 * Calls `fn` on every node of a tree in document order: a plain walk, for checks that read
 * every node and need neither parents nor a way to skip, at a fraction of `visit`'s cost.
 * @example eachNode(parseMarkdown('[a](b)'), (node) => node.type === 'link' && links.push(node.url))
 */
export function eachNode(tree: Root, fn: (node: Nodes) => void): void {
  fn(tree);
  eachChild(tree, fn);
}

/**
 * Calls `fn` on every node of a tree but the root, in document order, with the node's parent: the
 * walk under eachNode, and for steps that edit the tree after the walk (markdown/editTree.ts). The children
 * walked are those the tree has when the walk starts.
 * @example eachChild(parseMarkdown('*a*'), (node, parent) => kinds.push(`${parent.type}>${node.type}`)) // root>paragraph, paragraph>emphasis, emphasis>text
 */
export function eachChild(tree: Root, fn: (node: Nodes, parent: Parents) => void): void {
  // Two stacks side by side, the nodes and their parents: no pair made for each node.
  const nodes: Nodes[] = [];
  const parents: Parents[] = [];
  const pushChildren = (parent: Parents) => {
    const children = parent.children as Nodes[];
    for (let i = children.length - 1; i >= 0; i--) {
      nodes.push(children[i]!);
      parents.push(parent);
    }
  };
  pushChildren(tree);
  while (nodes.length) {
    const node = nodes.pop()!;
    fn(node, parents.pop()!);
    if ((node as { children?: Nodes[] }).children) pushChildren(node as Parents);
  }
}
