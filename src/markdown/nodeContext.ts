import type { Parents, PhrasingContent } from 'mdast';
import type { MdastTarget, MdastVisitorContext } from 'satteri';

/**
 * What a Markdown step may read and change around the node it visits, so that
 * one step serves the renderer (visitorContext: Sätteri's plugin context) and a
 * parsed tree (editTree). In both, the step sees the tree as it was parsed:
 * changes are made when the walk is over, and nodes put in are not visited.
 */
export interface NodeContext<N> {
  /** The Markdown the node's position points into. */
  readonly source: string;
  parent(): Readonly<Parents> | undefined;
  replace(nodes: PhrasingContent[]): void;
  insertAfter(nodes: PhrasingContent[]): void;
  set(props: Partial<N>): void;
}

/**
 * The NodeContext of a node a Sätteri visitor was given.
 * @example text(node, ctx) { cjkText(node, visitorContext(ctx, node)); }
 */
export function visitorContext<N extends MdastTarget>(ctx: MdastVisitorContext, node: Readonly<N>): NodeContext<N> {
  return new VisitorContext(ctx, node);
}

// A class rather than an object of closures: one is made for every node a plugin visits.
class VisitorContext<N extends MdastTarget> implements NodeContext<N> {
  constructor(
    private readonly ctx: MdastVisitorContext,
    private readonly node: Readonly<N>,
  ) {}

  // Read on demand: Sätteri fetches the source from the native side, and most steps never need it.
  get source(): string {
    return this.ctx.source;
  }

  parent(): Readonly<Parents> | undefined {
    return this.ctx.parent(this.node);
  }

  replace(nodes: PhrasingContent[]): void {
    this.ctx.replaceNode(this.node, nodes);
  }

  insertAfter(nodes: PhrasingContent[]): void {
    this.ctx.insertAfter(this.node, nodes);
  }

  set(props: Partial<N>): void {
    for (const [key, value] of Object.entries(props)) this.ctx.setProperty(this.node, key as never, value as never);
  }
}
