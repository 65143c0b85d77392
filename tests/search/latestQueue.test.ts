import { describe, expect, it } from 'vitest';
import { createLatestQueue } from '../../src/search/latestQueue';

/** A queue whose work waits until the test finishes it, recording what started and what was asked while busy. */
function queue() {
  const started: string[] = [];
  const waited: string[] = [];
  const finish: (() => void)[] = [];
  const q = createLatestQueue<string>({
    run: (item) => {
      started.push(item);
      return new Promise<void>((resolve) => finish.push(resolve));
    },
    key: (item) => item,
    waiting: (item) => waited.push(item),
  });
  /** Finishes the oldest running item and lets the queue move on. */
  const done = async () => {
    finish.shift()?.();
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { q, started, waited, done };
}

describe('createLatestQueue', () => {
  it('starts an item at once when idle', () => {
    const { q, started } = queue();
    void q.ask('a');
    expect(started).toEqual(['a']);
  });

  it('runs only the latest of the items asked for while one runs, after it', async () => {
    const { q, started, waited, done } = queue();
    void q.ask('a');
    void q.ask('b');
    void q.ask('c');
    expect(started).toEqual(['a']);
    expect(waited).toEqual(['b', 'c']);
    await done();
    expect(started).toEqual(['a', 'c']);
    await done();
    expect(started).toEqual(['a', 'c']);
  });

  it('resolves every ask when the queue is idle again', async () => {
    const { q, done } = queue();
    const order: string[] = [];
    const first = q.ask('a').then(() => order.push('a'));
    const second = q.ask('b').then(() => order.push('b'));
    await done();
    expect(order).toEqual([]);
    await done();
    await Promise.all([first, second]);
    expect(order).toEqual(['a', 'b']);
  });

  it('runs the same ask twice in a row once, even after it finished', async () => {
    const { q, started, waited, done } = queue();
    void q.ask('a');
    void q.ask('a');
    expect(waited).toEqual([]);
    await done();
    await q.ask('a');
    expect(started).toEqual(['a']);
  });

  it('runs an ask again once it is forgotten (a failed search is retried)', async () => {
    const { q, started, done } = queue();
    void q.ask('a');
    await done();
    q.forget();
    void q.ask('a');
    expect(started).toEqual(['a', 'a']);
  });

  it('runs an earlier ask again when another came between', async () => {
    const { q, started, done } = queue();
    void q.ask('a');
    await done();
    void q.ask('b');
    await done();
    void q.ask('a');
    expect(started).toEqual(['a', 'b', 'a']);
  });

  it('queues falsy items too', async () => {
    const ran: number[] = [];
    const q = createLatestQueue<number>({ run: async (n) => void ran.push(n), key: String });
    await q.ask(0);
    expect(ran).toEqual([0]);
  });
});
