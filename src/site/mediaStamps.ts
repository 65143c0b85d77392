import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A fingerprint of each file of a content folder, read on first use and kept: the article loader
 * asks for the images a body shows (core/content/mediaDependencies.ts), and a file two articles show is read once.
 * Undefined for a file that does not exist (validation reports it).
 * @example mediaStamps('./content')('media/flow.png') => '9c1e4b7a2f3d5e60'
 */
export function mediaStamps(contentDir: string): (path: string) => string | undefined {
  const stamps = new Map<string, string | undefined>();
  return (path) => {
    if (!stamps.has(path)) {
      let stamp: string | undefined;
      try {
        stamp = createHash('sha256')
          .update(readFileSync(join(contentDir, path)))
          .digest('hex')
          .slice(0, 16);
      } catch {
        stamp = undefined;
      }
      stamps.set(path, stamp);
    }
    return stamps.get(path);
  };
}
