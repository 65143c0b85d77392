import { readdirSync, statSync, watch, type FSWatcher } from 'node:fs';
import { join, sep } from 'node:path';

export type ArticleFileEvent = 'add' | 'change' | 'unlink';

/** A file's size and modification time, or null when it is not there. */
function stamp(path: string): string | null {
  try {
    const stats = statSync(path);
    return stats.isFile() ? `${stats.size}:${stats.mtimeMs}` : null;
  } catch {
    return null;
  }
}

function entries(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Follows the files of an articles folder (`<lang>/<file>`, and language folders as they come and
 * go) with one watch per folder, and tells `emit` of each file added, changed or removed once its
 * size and modification time have held for `settleMs`, as Vite's watcher does with
 * `awaitWriteFinish`: a save read half-written would fail its schema. It knows a file by its name
 * alone, where Vite's watcher stats every file of a folder again after each event in it: at 10,000
 * articles, 5,000 to a folder, that was a tenth of a second or more of every saved edit in `astro dev`.
 * Returns what stops it.
 */
export function watchArticleFiles(articlesDir: string, emit: (event: ArticleFileEvent, path: string) => void, settleMs = 50): () => void {
  const known = new Set<string>();
  const folders = new Map<string, FSWatcher>();
  const waiting = new Map<string, { timer: NodeJS.Timeout; stamp: string | null }>();

  const settle = (path: string) => {
    clearTimeout(waiting.get(path)?.timer);
    // The file must then hold still for a whole wait.
    waiting.set(path, { stamp: stamp(path), timer: setTimeout(() => check(path), settleMs) });
  };
  const check = (path: string) => {
    const pending = waiting.get(path);
    if (!pending) return;
    const current = stamp(path);
    if (current !== pending.stamp) {
      waiting.set(path, { stamp: current, timer: setTimeout(() => check(path), settleMs) });
      return;
    }
    waiting.delete(path);
    if (current === null) {
      if (known.delete(path)) emit('unlink', path);
    } else {
      emit(known.has(path) ? 'change' : 'add', path);
      known.add(path);
    }
  };

  const follow = (folder: string, announce: boolean) => {
    if (folders.has(folder)) return;
    const watcher = watch(folder, (_event, name) => {
      if (name) settle(join(folder, name.toString()));
    });
    watcher.on('error', () => unfollow(folder));
    folders.set(folder, watcher);
    for (const name of entries(folder)) {
      const path = join(folder, name);
      if (announce) settle(path);
      else known.add(path);
    }
  };
  const unfollow = (folder: string) => {
    folders.get(folder)?.close();
    folders.delete(folder);
    for (const path of known) if (path.startsWith(`${folder}${sep}`)) settle(path);
  };

  const top = watch(articlesDir, (_event, name) => {
    if (!name) return;
    const folder = join(articlesDir, name.toString());
    if (isDirectory(folder)) follow(folder, true);
    else if (folders.has(folder)) unfollow(folder);
  });
  for (const name of entries(articlesDir)) {
    const folder = join(articlesDir, name);
    if (isDirectory(folder)) follow(folder, false);
  }

  return () => {
    top.close();
    for (const watcher of folders.values()) watcher.close();
    folders.clear();
    for (const { timer } of waiting.values()) clearTimeout(timer);
    waiting.clear();
  };
}
