import { describe, expect, it } from 'vitest';
import { loadInBatches } from '../../src/search/browser/loadInBatches';

/** Reads every batch, recording which items were loaded before each batch was handed over. */
async function read(items: number[], first: number) {
  const loaded: number[][] = [];
  const load = async (xs: number[]) => {
    loaded.push(xs);
    return xs.map((x) => `#${x}`);
  };
  const batches: string[][] = [];
  for await (const batch of loadInBatches(items, first, load)) batches.push(batch);
  return { batches, loaded };
}

describe('loadInBatches', () => {
  it.each([
    [
      [1, 2, 3, 4, 5, 6, 7],
      5,
      [
        ['#1', '#2', '#3', '#4', '#5'],
        ['#6', '#7'],
      ],
    ],
    [[1, 2, 3], 5, [['#1', '#2', '#3']]],
    [[1, 2, 3, 4, 5], 5, [['#1', '#2', '#3', '#4', '#5']]],
    [[1, 2, 3], Infinity, [['#1', '#2', '#3']]],
    [[], 5, []],
  ])('%j in a first batch of %s => %j', async (items, first, expected) => {
    expect((await read(items, first)).batches).toEqual(expected);
  });

  it('loads the rest only when asked for it, after the first batch was read', async () => {
    const loaded: number[][] = [];
    const batches = loadInBatches([1, 2, 3], 2, async (xs) => (loaded.push(xs), xs));
    expect((await batches.next()).value).toEqual([1, 2]);
    expect(loaded).toEqual([[1, 2]]);
    // A reader that stops (a newer search) never loads the rest.
    await batches.return();
    expect(loaded).toEqual([[1, 2]]);
  });
});
