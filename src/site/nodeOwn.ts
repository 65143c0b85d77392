/** Where a replaced Node method (`fs.promises.writeFile`, a stream's `write`) keeps Node's own. */
export const NODE_OWN = Symbol.for('zhiku.nodeOwn');

/**
 * Node's own method behind a replacement made with NODE_OWN, also when a build that failed before
 * putting it back left the replacement in place; the method itself when it is Node's own.
 */
export function nodeOwn<T extends object>(method: T): T {
  return (method as T & { [NODE_OWN]?: T })[NODE_OWN] ?? method;
}
