import type { AstroIntegration } from 'astro';
import { constants, copyFileSync, existsSync, mkdirSync, statSync, utimesSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Astro's incremental build cache (astro/dist/core/build/incremental.js), as far as it is used here. */
interface IncrementalBuildCache {
  restoreOutputFile(this: object, settings: { config: { cacheDir: URL } }, outputFile: string, destination: URL): Promise<boolean>;
}

/** Where the patch keeps its state: one per process, as the class is. */
const PATCHED = Symbol.for('zhiku.cachedPageCopies');

/**
 * Astro's `restoreOutputFile`, one system call after the other: the same checks,
 * the same copy and the same timestamps, without a trip through libuv's thread
 * pool for each of them. Astro copies a cached page with four awaited file
 * operations and renders one page at a time here (indexing while rendering
 * needs that), so at 10,000 cached pages the build waited ~7 s on the
 * round trips alone, the processor idle three quarters of the time.
 */
export function restoreOutputFileSync(
  settings: { config: { cacheDir: URL } },
  outputFile: string,
  destination: URL,
  madeFolders: Set<string>,
): boolean {
  const cached = new URL(outputFile, new URL('dist/', settings.config.cacheDir));
  if (!existsSync(cached)) return false;
  const folder = new URL('./', destination).href;
  if (!madeFolders.has(folder)) {
    mkdirSync(new URL(folder), { recursive: true });
    madeFolders.add(folder);
  }
  copyFileSync(cached, destination, constants.COPYFILE_FICLONE);
  const { atime, mtime } = statSync(cached);
  utimesSync(destination, atime, mtime);
  return true;
}

/**
 * Makes Astro's incremental build copy its cached pages with restoreOutputFileSync.
 * Astro exports no way to its cache class: this reads its module
 * (astro/dist/core/build/incremental.js, since 7.x) through Node's own loader,
 * which shares the instance Astro's build imported. False, and Astro left as it
 * is, when the class is not where this looks.
 */
export function copyCachedPagesInLine(): boolean {
  const shared = globalThis as Record<symbol, boolean | undefined>;
  if (shared[PATCHED]) return true;
  try {
    const require = createRequire(import.meta.url);
    const { IncrementalBuildCache } = require(join(dirname(require.resolve('astro/package.json')), 'dist/core/build/incremental.js')) as {
      IncrementalBuildCache?: { prototype: IncrementalBuildCache };
    };
    const proto = IncrementalBuildCache?.prototype;
    if (typeof proto?.restoreOutputFile !== 'function' || proto.restoreOutputFile.length !== 3) return false;
    // The folders each cache (one per build) has made, as Astro's own method keeps them.
    const madeFolders = new WeakMap<object, Set<string>>();
    proto.restoreOutputFile = function (this: object, settings, outputFile, destination) {
      let made = madeFolders.get(this);
      if (!made) madeFolders.set(this, (made = new Set()));
      return Promise.resolve(restoreOutputFileSync(settings, outputFile, destination, made));
    };
    shared[PATCHED] = true;
    return true;
  } catch {
    return false;
  }
}

/** In `astro build`, cached pages are copied one system call after the other (copyCachedPagesInLine). */
export default function cachedPageCopies(): AstroIntegration {
  return {
    name: 'zhiku:cached-page-copies',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build' || !config.experimental.incrementalBuild) return;
        if (!copyCachedPagesInLine())
          logger.warn("Astro's incremental build cache is not where Zhiku looks: its pages are copied as Astro does.");
      },
    },
  };
}
