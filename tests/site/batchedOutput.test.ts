import { describe, expect, it, vi } from 'vitest';
import { writeInBatches } from '../../src/site/batchedOutput';

/** A stream that records each write it is given, in one log shared with the others. */
function recording(name: string, log: string[]) {
  const stream = {
    write(chunk: unknown, encoding?: unknown, callback?: unknown) {
      log.push(`${name}:${String(chunk)}`);
      if (typeof encoding === 'function') (encoding as () => void)();
      if (typeof callback === 'function') (callback as () => void)();
      return true;
    },
  };
  return stream;
}

/** Standard output and error recording into one log, and a check that both streams and the exit listeners are as they were. */
function streams() {
  const log: string[] = [];
  const out = recording('out', log);
  const err = recording('err', log);
  const own = [out.write, err.write];
  const listeners = process.listenerCount('exit');
  const expectAsBefore = () => {
    expect([out.write, err.write]).toEqual(own);
    expect(process.listenerCount('exit')).toBe(listeners);
  };
  return { log, out, err, listeners, expectAsBefore };
}

describe('writeInBatches', () => {
  it('gathers plain text into one write once it reaches the size, in order', () => {
    const log: string[] = [];
    const out = recording('out', log);
    const err = recording('err', log);
    const own = out.write;
    const putBack = writeInBatches(out, [err], 10, 60_000);
    out.write('abcd');
    out.write('efgh');
    expect(log).toEqual([]);
    out.write('ijkl');
    expect(log).toEqual(['out:abcdefghijkl']);
    putBack();
    expect(out.write).toBe(own);
  });

  it('writes out what it gathered before standard error, and before a write that wants a callback', () => {
    const log: string[] = [];
    const out = recording('out', log);
    const err = recording('err', log);
    const putBack = writeInBatches(out, [err], 1_000, 60_000);
    out.write('page 1\n');
    err.write('warning\n');
    out.write('page 2\n');
    const done = vi.fn();
    out.write('last\n', done);
    expect(log).toEqual(['out:page 1\n', 'err:warning\n', 'out:page 2\n', 'out:last\n']);
    expect(done).toHaveBeenCalledOnce();
    out.write(Buffer.from('bytes'));
    out.write('tail');
    putBack();
    expect(log.slice(4)).toEqual(['out:bytes', 'out:tail']);
  });

  it('writes out what it gathered after the time given, and when the process exits', async () => {
    const log: string[] = [];
    const out = recording('out', log);
    const putBack = writeInBatches(out, [], 1_000, 20);
    out.write('a');
    out.write('b');
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(log).toEqual(['out:ab']);
    out.write('c');
    // The listener it added last, as the process calls it on exit (not every listener: vitest has its own).
    const onExit = process.listeners('exit').at(-1) as () => void;
    onExit();
    expect(log).toEqual(['out:ab', 'out:c']);
    putBack();
    expect(log).toEqual(['out:ab', 'out:c']);
  });

  it("puts the streams' own write back, and its exit listener away", () => {
    const { out, err, listeners, expectAsBefore } = streams();
    const putBack = writeInBatches(out, [err], 1_000, 60_000);
    expect(process.listenerCount('exit')).toBe(listeners + 1);
    putBack();
    expectAsBefore();
  });

  it('ends a batching a failed build left in place, writing out what it gathered first', () => {
    const { log, out, err, listeners, expectAsBefore } = streams();
    writeInBatches(out, [err], 1_000, 60_000);
    out.write('from the failed build\n');
    const putBack = writeInBatches(out, [err], 1_000, 60_000);
    expect(log).toEqual(['out:from the failed build\n']);
    expect(process.listenerCount('exit')).toBe(listeners + 1);
    out.write('next\n');
    putBack();
    expect(log).toEqual(['out:from the failed build\n', 'out:next\n']);
    expectAsBefore();
  });

  it('leaves a write that replaced it since in place', () => {
    const log: string[] = [];
    const out = recording('out', log);
    const putBack = writeInBatches(out, [], 1_000, 60_000);
    const later = () => true;
    out.write = later;
    putBack();
    expect(out.write).toBe(later);
  });
});
