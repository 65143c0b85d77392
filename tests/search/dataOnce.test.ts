import { describe, expect, it } from 'vitest';
import { dataOnce } from '../../src/search/dataOnce';

describe('dataOnce', () => {
  it('loads a result’s data once, however often it is read, and keeps its other fields', async () => {
    let loads = 0;
    const result = dataOnce({ id: 'a', score: 2, data: async () => ({ url: `/a/${++loads}` }) });
    expect(result.id).toBe('a');
    expect(result.score).toBe(2);
    const [first, second] = await Promise.all([result.data(), result.data()]);
    expect(await result.data()).toBe(first);
    expect(second).toBe(first);
    expect(first).toEqual({ url: '/a/1' });
    expect(loads).toBe(1);
  });

  it('tries again after a failed load', async () => {
    let calls = 0;
    const result = dataOnce({
      id: 'b',
      data: async () => {
        calls++;
        if (calls === 1) throw new Error('offline');
        return 'loaded';
      },
    });
    await expect(result.data()).rejects.toThrow('offline');
    expect(await result.data()).toBe('loaded');
    expect(await result.data()).toBe('loaded');
    expect(calls).toBe(2);
  });
});
