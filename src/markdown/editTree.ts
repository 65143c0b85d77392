import type { Nodes, Parents, Root } from 'mdast';
import { eachChild } from './eachNode';
import type { NodeContext } from './nodeContext';

type NodeOf<T extends Nodes['type']> = Extract<Nodes, { type: T }>;

/** Steps by node type, the shape of a Sätteri plugin's visitors. */
export type TreeVisitors = { [T in Nodes['type']]?: (node: NodeOf<T>, at: NodeContext<NodeOf<T>>) => void };

/**
 * Runs Markdown steps over a parsed tree the way Sätteri runs a plugin's
 * visitors over the one it renders: each node once, in document order, the
 * changes made after the walk, so no step sees a node another step put in.
 * `source` is the Markdown the tree was parsed from.
 * @example editTree(tree, body, { text: cjkText })
 */
export function editTree(tree: Root, source: string, visitors: TreeVisitors): void {
  const changes: (() => void)[] = [];
  eachChild(tree, (node, parent) => {
    const step = visitors[node.type] as ((node: Nodes, at: NodeContext<Nodes>) => void) | undefined;
    if (step) step(node, treeContext(node, parent, source, changes));
  });
  for (const change of changes) change();
}

function treeContext(node: Nodes, parent: Parents, source: string, changes: (() => void)[]): NodeContext<Nodes> {
  const siblings = parent.children as Nodes[];
  // Found when the change is made, since changes before it may have moved the node.
  const splice = (after: number, remove: number, nodes: Nodes[]) =>
    changes.push(() => {
      const index = siblings.indexOf(node);
      if (index !== -1) siblings.splice(index + after, remove, ...nodes);
    });
  return {
    source,
    parent: () => parent,
    replace: (nodes) => splice(0, 1, nodes),
    insertAfter: (nodes) => splice(1, 0, nodes),
    set: (props) => changes.push(() => Object.assign(node, props)),
  };
}
