import type { Loader, LoaderContext } from 'astro/loaders';
import { afterEach, describe, expect, it } from 'vitest';
import { pendingValidation, reportFirst, validationPending } from '../../src/site/validationReport';

/** A promise with its resolve and reject at hand. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** A loader whose load ends when the test says so, counting its calls. */
function controlledLoader() {
  const end = deferred<void>();
  const loader = { name: 'test:loader', calls: 0, load: async () => undefined } as Loader & { calls: number };
  loader.load = () => {
    loader.calls += 1;
    return end.promise;
  };
  return { loader, end };
}

const context = { logger: { error: () => undefined } } as unknown as LoaderContext;
const report = new Error('Content validation found 2 problems: …');
/** Whether a promise has settled after the pending callbacks ran. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  promise.then(
    () => (done = true),
    () => (done = true),
  );
  await new Promise((r) => setTimeout(r, 20));
  return done;
}

describe('reportFirst: a loader stops with the validator report rather than its own first error', () => {
  afterEach(() => {
    delete (globalThis as Record<symbol, unknown>)[Symbol.for('zhiku.validationReport')];
  });

  it('without a validation underway it is the loader as it is', async () => {
    expect(pendingValidation()).toBeUndefined();
    const { loader, end } = controlledLoader();
    const failure = new Error('schema');
    end.reject(failure);
    await expect(reportFirst(loader).load(context)).rejects.toBe(failure);
    expect(reportFirst(loader).name).toBe('test:loader');
  });

  it('a loader that fails before the report waits for it and throws the report', async () => {
    const outcome = deferred<Error | undefined>();
    validationPending(outcome.promise);
    const { loader, end } = controlledLoader();
    const loading = reportFirst(loader).load(context) as Promise<void>;
    end.reject(new Error('InvalidContentEntryDataError: articles → en/a data does not match collection schema'));
    expect(await settled(loading), 'it should wait for the report').toBe(false);
    outcome.resolve(report);
    await expect(loading).rejects.toBe(report);
  });

  it('a loader that fails when the report is clean throws its own error', async () => {
    const outcome = deferred<Error | undefined>();
    validationPending(outcome.promise);
    const { loader, end } = controlledLoader();
    const loading = reportFirst(loader).load(context) as Promise<void>;
    const failure = new Error('the disk is full');
    end.reject(failure);
    outcome.resolve(undefined);
    await expect(loading).rejects.toBe(failure);
  });

  it('a report with problems stops a loader still running, at once', async () => {
    const outcome = deferred<Error | undefined>();
    validationPending(outcome.promise);
    const { loader, end } = controlledLoader();
    const loading = reportFirst(loader).load(context) as Promise<void>;
    outcome.resolve(report);
    await expect(loading).rejects.toBe(report);
    // What the loader does afterwards is nobody's concern, nor an unhandled rejection.
    end.reject(new Error('late'));
  });

  it('a loader that succeeds does not wait for a clean report, nor for one still to come', async () => {
    const outcome = deferred<Error | undefined>();
    validationPending(outcome.promise);
    const { loader, end } = controlledLoader();
    const loading = reportFirst(loader).load(context) as Promise<void>;
    end.resolve();
    await expect(loading).resolves.toBeUndefined();
    expect(loader.calls).toBe(1);
    outcome.resolve(undefined);
  });

  it('a check that crashed fails the loader with its error', async () => {
    const outcome = deferred<Error | undefined>();
    validationPending(outcome.promise);
    const { loader } = controlledLoader();
    const crash = new Error('the validator crashed');
    outcome.reject(crash);
    await expect(reportFirst(loader).load(context) as Promise<void>).rejects.toBe(crash);
  });

  it('holds the errors a loader logs until the report: logged when it is clean, dropped when it names the problems', async () => {
    const logged: string[] = [];
    const logger = { error: (m: string) => void logged.push(m), info: () => undefined, label: 'zhiku:articles' };
    const loggingLoader = (message: string): Loader => ({
      name: 'test:logging',
      load: async ({ logger }) => {
        logger.error(message);
        logger.info('not held');
        throw new Error(message);
      },
    });
    for (const [report, expected] of [
      [undefined, ['Error rendering en/b.md: the disk is full']],
      [new Error('Content validation found 1 problem: …'), []],
    ] as const) {
      logged.length = 0;
      const outcome = deferred<Error | undefined>();
      validationPending(outcome.promise);
      const message = report ? 'Error rendering en/a.md: Broken links between articles' : 'Error rendering en/b.md: the disk is full';
      const loading = reportFirst(loggingLoader(message)).load({ logger } as unknown as LoaderContext) as Promise<void>;
      expect(await settled(loading)).toBe(false);
      expect(logged).toEqual([]);
      outcome.resolve(report);
      await expect(loading).rejects.toThrow(report ? report.message : message);
      expect(logged).toEqual(expected);
    }
  });
});
