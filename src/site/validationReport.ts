import type { Loader, LoaderContext } from 'astro/loaders';

/**
 * The outcome of the content validation a build runs in a worker thread while
 * Astro syncs the content (integrations/contentValidation.ts): the error the
 * build stops with (the validator's report), or undefined when the content is
 * clean. One per process, shared by its module graphs: the config starts the
 * check, the loaders of src/content.config.ts (another module graph) wait for it.
 */
const SHARED = Symbol.for('zhiku.validationReport');
type Outcome = Promise<Error | undefined>;
const shared = globalThis as Record<symbol, Outcome | undefined>;

/** Notes the outcome of a validation that has started: the loaders of this process wait for it when they fail. */
export function validationPending(outcome: Outcome): void {
  // Read by a loader only when it fails or the report refuses the content: never an unhandled rejection here.
  outcome.catch(() => undefined);
  shared[SHARED] = outcome;
}

/** The outcome of the validation this process started, if any. */
export function pendingValidation(): Outcome | undefined {
  return shared[SHARED];
}

/**
 * A loader that stops with the validator's report rather than with an error of its own. While a
 * build's validation is still to come, a file it will reject may fail Astro's schema or a link of
 * the Markdown renderer first, naming one problem where the report names them all: so when the
 * loader fails, it waits for the report and throws that instead, when there is one (else its own
 * error). And when the report refuses the content while the loader still runs, the loader stops
 * with it at once, rather than rendering the rest of a site that will not be built.
 * Without a validation underway (`npm run check`, tests of the loader) it is the loader as it is.
 */
export function reportFirst(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context: LoaderContext) => {
      const outcome = pendingValidation();
      if (!outcome) return loader.load(context);
      // Settles only when the report has problems (or the check itself failed): a clean report leaves the race to the loader.
      const refused = outcome.then((error) => (error ? Promise.reject(error) : new Promise<never>(() => undefined)));
      try {
        await Promise.race([loader.load({ ...context, logger: errorsAfterReport(context.logger, outcome) }), refused]);
      } catch (error) {
        throw (await outcome) ?? error;
      }
    },
  };
}

/**
 * A loader's logger whose errors wait for the report: the glob loader logs a body it failed to
 * render ("Error rendering en/a.md: Broken links…") before it throws, which the report, when it
 * has problems, names with the rest. Logged once the report is clean; dropped when it is not.
 */
function errorsAfterReport(logger: LoaderContext['logger'], outcome: Promise<Error | undefined>): LoaderContext['logger'] {
  let settled = false;
  let refused = false;
  const held: string[] = [];
  outcome.then(
    (error) => {
      settled = true;
      refused = error !== undefined;
      if (!refused) for (const message of held) logger.error(message);
      held.length = 0;
    },
    () => {
      settled = refused = true;
    },
  );
  const wrapped = Object.create(logger) as LoaderContext['logger'];
  wrapped.error = (message: string) => {
    if (!settled) held.push(message);
    else if (!refused) logger.error(message);
  };
  return wrapped;
}
