import type { LoaderContext } from 'astro/loaders';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatReport } from '../core/content/contentProblem';
import { readArticleFile } from './contentFolder';
import { contractProblems } from './validation/contract';
import { validatedAsIs, validationUnderway } from './validatedFiles';

/** An entry as the loader stores it. */
type StoredEntry = Parameters<LoaderContext['store']['set']>[0];

/** Text for HTML, escaped. */
const escaped = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * What stands in for the body of an article file that breaks the content contract: the problems,
 * as escaped HTML, after logging them; undefined for a clean file. A file the validator passed as
 * it is now needs no second check: at start, that is every clean file.
 */
export function contractRefusal(file: string, articlesDir: string, log: (message: string) => void): string | undefined {
  const read = readArticleFile(articlesDir, file);
  const problems = read?.file && !validatedAsIs(read.file) ? contractProblems(read.file) : [];
  if (!problems.length) return undefined;
  const report = formatReport(problems);
  log(`${report}\nThe article was not rendered: fix it and save it again.`);
  return `<p><strong>This article was not rendered: it breaks the content contract.</strong></p><pre>${escaped(report)}</pre>`;
}

/** A loader context whose store refuses unsafe bodies, and what completes that guard after the first sync. */
export interface GuardedContext {
  context: LoaderContext;
  /**
   * Checks the entries the first sync stored while the validator's report was still to come
   * (see below). Call it when that sync's load has finished: the dev server listens only after.
   */
  settle: () => void;
}

/**
 * In `astro dev`, keeps a Markdown body that breaks the content contract (site/validation/contract.ts:
 * unsafe HTML or addresses) out of the store, as a build does by stopping. The dev server checks
 * the folder only when it starts; an editor may then save anything, and the glob loader renders
 * it into the store as it is. So before the store takes a rendered entry, the file is checked
 * (unless the validator passed it with the same text: site/validatedFiles.ts, so the first sync
 * does not check every file twice): one that breaks the contract is stored with the problems in
 * place of its HTML, and they are logged.
 * The validator runs in a worker while the first sync renders (integrations/contentValidation.ts).
 * While its report is still to come, that sync stores each entry as it is and checks them all in
 * `settle`, once it has rendered them: by then the validator has usually reported, and only the
 * files it did not pass as they are are checked here. Astro serves pages only after the first
 * sync, so no page is served from an entry that was not checked.
 * (An MDX body is compiled, not rendered here: integrations/contentContract.ts refuses it. A
 * Markdown body rendered when its page is served is checked then: site/bodiesOnDemand.ts.)
 */
export function refuseUnsafeBodies(context: LoaderContext, contentDir: string): GuardedContext {
  const { watcher, logger, store } = context;
  if (!watcher) return { context, settle: () => undefined };
  const root = fileURLToPath(context.config.root);
  const articlesDir = resolve(contentDir, 'articles');
  /** The entries stored before the validator reported, by id, each as last stored. */
  const unchecked = new Map<string, StoredEntry>();
  let waiting = validationUnderway();
  const checked = (entry: StoredEntry) => {
    if (!entry.filePath || !entry.rendered) return store.set(entry);
    const html = contractRefusal(resolve(root, entry.filePath), articlesDir, (message) => logger.error(message));
    if (html === undefined) return store.set(entry);
    return store.set({ ...entry, rendered: { ...entry.rendered, html, metadata: { ...entry.rendered.metadata, imagePaths: [] } } });
  };
  const settle = () => {
    waiting = false;
    for (const entry of unchecked.values()) checked(entry);
    unchecked.clear();
  };
  return {
    context: {
      ...context,
      store: {
        ...store,
        set: (entry) => {
          if (!waiting || !entry.filePath || !entry.rendered) return checked(entry);
          unchecked.set(entry.id, entry);
          return store.set(entry);
        },
      },
    },
    settle,
  };
}
