import type { LoaderContext } from 'astro/loaders';
import { linksToItChange } from '../core/articleFacts';
import { rereadArticleFile } from './currentContent';

/**
 * In `astro dev`, follows the article files as editors write them. Astro's glob
 * loader renders again the one file that changed; what it cannot see is that
 * other bodies show that file too (a `[[slug]]` shows the target's title, and
 * fails while the target does not exist). So each change is read into the
 * shared reading of the folder first (rereadArticleFile: listeners run in the
 * order they were added, and this one is added before the glob loader's), so
 * that the file renders against the newer article list; and when what links
 * show of the file changed (linksToItChange: it came or went, its title, its
 * language or draft state), `resync` loads the collection again: every body's
 * digest carries what it links to (articleLoader), so exactly the bodies that
 * link to the file render again, and the pages read the newer store.
 * Changes that arrive while a resync runs share the next one.
 */
export function followArticleFiles(context: LoaderContext, contentDir: string, resync: () => Promise<void>): void {
  const { watcher, logger } = context;
  if (!watcher) return;
  let running = false;
  let changed: string[] = [];
  const run = () => {
    const paths = changed;
    changed = [];
    running = true;
    resync()
      .then(
        () => logger.info(`Synced the articles that link to ${paths.join(', ')}`),
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
    changed.push(change.path);
    if (!running) run();
  };
  watcher.on('add', onFile);
  watcher.on('change', onFile);
  watcher.on('unlink', onFile);
}
