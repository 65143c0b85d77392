/**
 * Loads the data of a list in two batches, in order: the first `first` items at
 * once, the rest only when the reader of the generator asks for them (after
 * showing the first), so that the first results are not held up by the others.
 * @example loadInBatches([1, 2, 3], 2, async (xs) => xs.map(String)) yields ['1', '2'], then ['3']
 */
export async function* loadInBatches<T, D>(
  items: readonly T[],
  first: number,
  load: (items: T[]) => Promise<D[]>,
): AsyncGenerator<D[], void, undefined> {
  if (items.length === 0) return;
  yield await load(items.slice(0, first));
  if (items.length > first) yield await load(items.slice(first));
}
