import { describe, expect, it } from 'vitest';
import { withinBudget } from '../../../src/core/build/withinBudget';

/** A task that records when it starts and ends, and ends when told. */
function task(name: string, log: string[]) {
  let end!: () => void;
  let fail!: (error: Error) => void;
  const done = new Promise<string>((resolve, reject) => {
    end = () => resolve(name);
    fail = reject;
  });
  return {
    run: () => {
      log.push(`start ${name}`);
      return done.finally(() => log.push(`end ${name}`));
    },
    end: () => end(),
    fail: (error: Error) => fail(error),
  };
}
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('withinBudget', () => {
  it('runs tasks side by side while their costs fit together', async () => {
    const log: string[] = [];
    const run = withinBudget(10);
    const [a, b] = [task('a', log), task('b', log)];
    const results = [run(4, a.run), run(6, b.run)];
    await settle();
    expect(log).toEqual(['start a', 'start b']);
    a.end();
    b.end();
    expect(await Promise.all(results)).toEqual(['a', 'b']);
  });

  it('holds a task that does not fit until enough has ended, in the order tasks came', async () => {
    const log: string[] = [];
    const run = withinBudget(10);
    const [a, b, c] = [task('a', log), task('b', log), task('c', log)];
    const results = [run(7, a.run), run(7, b.run), run(1, c.run)];
    await settle();
    // c would fit beside a, but waits its turn behind b.
    expect(log).toEqual(['start a']);
    a.end();
    await settle();
    expect(log).toEqual(['start a', 'end a', 'start b', 'start c']);
    b.end();
    c.end();
    await Promise.all(results);
  });

  it('runs a task that costs more than the whole budget, alone', async () => {
    const log: string[] = [];
    const run = withinBudget(10);
    const [a, b] = [task('a', log), task('b', log)];
    const results = [run(25, a.run), run(1, b.run)];
    await settle();
    expect(log).toEqual(['start a']);
    a.end();
    await settle();
    expect(log).toEqual(['start a', 'end a', 'start b']);
    b.end();
    await Promise.all(results);
  });

  it('gives back what a failed task held, and passes its error on', async () => {
    const log: string[] = [];
    const run = withinBudget(10);
    const [a, b] = [task('a', log), task('b', log)];
    const failed = run(10, a.run);
    const next = run(10, b.run);
    await settle();
    a.fail(new Error('Pagefind exited with 1'));
    await expect(failed).rejects.toThrow('Pagefind exited with 1');
    await settle();
    expect(log).toContain('start b');
    b.end();
    expect(await next).toBe('b');
  });

  it('passes on an error thrown before the task returns a promise', async () => {
    const run = withinBudget(10);
    await expect(
      run(1, () => {
        throw new Error('no such folder');
      }),
    ).rejects.toThrow('no such folder');
    expect(await run(10, async () => 'after')).toBe('after');
  });
});
