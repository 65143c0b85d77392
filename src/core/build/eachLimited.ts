/**
 * Runs `task` on every item, at most `limit` at a time, keeping the order of the results.
 * @example await eachLimited([1, 2, 3], 2, async (n) => n * 2) => [2, 4, 6]
 */
export async function eachLimited<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
