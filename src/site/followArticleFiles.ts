import type { LoaderContext } from 'astro/loaders';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { articleFacts, linksToItChange } from '../core/articles/articleFacts';
import { filesLinkingTo, linkedSlugs } from '../core/links/linkDependencies';
import { articleAt, currentContent, rereadArticleFile, type ArticleFileChange } from './currentContent';

/** The slugs of the articles that changes are about (a file that came, went or changed). */
function changedSlugs(changes: readonly ArticleFileChange[]): Set<string> {
  const slugs = new Set<string>();
  for (const { before, after } of changes) {
    for (const file of [before, after]) if (file && !('error' in file.key)) slugs.add(file.key.slug);
  }
  return slugs;
}

/** The entry fields compared with the shared reading: the title and draft state the store holds for a file. */
interface StoredEntry {
  filePath?: string;
  data: Record<string, unknown>;
}

/**
 * In `astro dev`, follows the article files as editors write them. Astro's glob
 * loader renders again the one file that changed; what it cannot see is that
 * other bodies show that file too (a `[[slug]]` shows the target's title, and
 * fails while the target does not exist). So each change is read into the
 * shared reading of the folder first (rereadArticleFile: listeners run in the
 * order they were added, and these are added before the glob loader's), so
 * that the file renders against the newer article list; and when what links
 * show of the file changed (linksToItChange: it came or went, its title, its
 * language or draft state), the glob loader syncs again the files that may link
 * to it (filesLinkingTo), through its own listener for a changed file: every
 * body's digest carries what it links to (articleLoader), so exactly the bodies
 * that link to the file render again, and the pages read the newer store. Only
 * those files are read again, not the whole folder; `resync` loads the whole
 * collection when the glob loader's listener was not caught.
 * Changes that arrive while a resync runs share the next one.
 *
 * A file can be read while it is being written (a save is not always one
 * write), and the watcher may not report the rest. So whenever the store takes
 * an entry whose title or draft state differs from the shared reading, the file
 * is read again: the list always ends up as the store has it.
 *
 * Returns the context for the glob loader: the same, with that check on its store.
 */
export function followArticleFiles(context: LoaderContext, contentDir: string, resync: () => Promise<void>): LoaderContext {
  const { watcher, logger, store } = context;
  if (!watcher) return context;
  // What each file links to, read now rather than when the first retitle asks (at 10,000 articles, a tenth of a second).
  for (const file of currentContent(contentDir).articles) linkedSlugs(file);
  const articlesDir = resolve(contentDir, 'articles');
  // The glob loader's own listener for a changed file: it syncs that one file, rendering it again if its digest changed.
  const syncers: ((path: string) => unknown)[] = [];
  const watching = new Proxy(watcher, {
    get(target, name) {
      if (name === 'on')
        return (event: string, listener: (path: string) => unknown) => {
          if (event === 'change') syncers.push(listener);
          target.on(event as 'change', listener);
          return watching;
        };
      const value: unknown = Reflect.get(target, name, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
  /** Syncs the files that may link to the changed articles, one at a time; the whole collection when no listener was caught. */
  const renderLinking = async (changes: ArticleFileChange[]) => {
    if (!syncers.length) return resync();
    for (const path of filesLinkingTo(currentContent(contentDir).articles, changedSlugs(changes))) {
      for (const sync of syncers) await sync(resolve(articlesDir, path));
    }
  };
  let running = false;
  let changed: ArticleFileChange[] = [];
  const run = () => {
    const changes = changed;
    const paths = changes.map((c) => c.path);
    changed = [];
    running = true;
    renderLinking(changes)
      .then(
        () => logger.info(`Rendered again the articles that link to ${paths.join(', ')}`),
        (error: unknown) => logger.error(`Could not render again the articles that link to ${paths.join(', ')}: ${String(error)}`),
      )
      .finally(() => {
        running = false;
        if (changed.length) run();
      });
  };
  const onFile = (path: string) => {
    const change = rereadArticleFile(contentDir, path);
    if (!change || !linksToItChange(change.before, change.after)) return;
    changed.push(change);
    if (!running) run();
  };
  watcher.on('add', onFile);
  watcher.on('change', onFile);
  watcher.on('unlink', onFile);

  const root = fileURLToPath(context.config.root);
  const check = (entry: StoredEntry) => {
    if (!entry.filePath) return;
    const full = resolve(root, entry.filePath);
    const listed = articleAt(contentDir, full);
    const facts = listed && articleFacts({ articles: [listed] })[0];
    if (facts?.title !== entry.data.title || facts?.published !== (entry.data.draft !== true)) onFile(full);
  };
  return {
    ...context,
    watcher: watching,
    store: {
      ...store,
      set: (entry) => {
        const stored = store.set(entry);
        check(entry);
        return stored;
      },
    },
  };
}
