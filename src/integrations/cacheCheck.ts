import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { NO_RECORD, type CacheDrop } from '../core/build/cacheRecord';
import { checkCache, recordCache, verifyAhead, type VerifiedFile } from '../site/cacheCheck';

/** How many dropped entries the log names; the rest it counts. */
const NAMED = 10;

/** `n` cache entries, in words. */
const entries = (n: number) => `${n} cache ${n === 1 ? 'entry' : 'entries'}`;

/** The log line naming what a check dropped. */
function dropReport(drops: readonly CacheDrop[]): string {
  const named = drops.slice(0, NAMED).map(({ entry, reason }) => `\n  ${entry} (${reason})`);
  const more = drops.length > NAMED ? `\n  and ${drops.length - NAMED} more` : '';
  const them = drops.length === 1 ? 'it' : 'them';
  return `Dropped ${entries(drops.length)} from the cache (not as the last finished build left ${them}); this build makes ${them} again:${named.join('')}${more}`;
}

/**
 * Checks every file a build may reuse from its cache folder (Astro's cacheDir:
 * the incremental build's pages and manifest, optimised images, the content
 * store, the search bundles) against the record the last finished build wrote,
 * and records the folder again once this build is done (site/cacheCheck.ts).
 * Two integrations: `check` goes first in the list, so that its
 * `astro:config:setup` runs before anything reads the cache (the content
 * validator reads its own cache there, Astro its store and pages later);
 * `record` goes last, so that its `astro:build:done` runs after the search
 * bundles are written; from `astro:build:generated` on, it hashes ahead the
 * files written so far (verifyAhead), while Pagefind still indexes.
 */
export default function cacheCheck(): {
  check: AstroIntegration;
  record: AstroIntegration;
  /**
   * The cache files the check found intact, by path: once `check` has run in `astro build`, else undefined.
   * Files the build writes, hashed as written, may be added (integrations/cachedPageCopies.ts).
   */
  verified: () => Map<string, VerifiedFile> | undefined;
} {
  let root = '';
  let verified: Map<string, VerifiedFile> | undefined;
  let ahead: ReturnType<typeof verifyAhead> | undefined;
  return {
    verified: () => verified,
    check: {
      name: 'zhiku:cache-check',
      hooks: {
        'astro:config:setup': ({ command, config, logger }) => {
          if (command !== 'build') return;
          const started = performance.now();
          root = fileURLToPath(config.cacheDir);
          const found = checkCache(root);
          verified = found.verified;
          // A folder no build has finished with (only `astro sync`, `astro check` or `astro dev` wrote it) is no sign of damage.
          if (found.drops.length && found.drops.every((drop) => drop.reason === NO_RECORD))
            logger.info(
              `No build has finished with this cache folder yet: ${entries(found.drops.length)} other commands left there go first.`,
            );
          else if (found.drops.length) logger.warn(dropReport(found.drops));
          const gone = found.missing.length;
          if (gone)
            logger.info(
              `${entries(gone)} recorded by the last finished build ${gone === 1 ? 'was' : 'were'} gone; this build makes them again.`,
            );
          const seconds = ((performance.now() - started) / 1000).toFixed(2);
          const megabytes = (found.bytes / 1e6).toFixed(1);
          logger.info(`Checked ${found.files} cache files (${megabytes} MB read) in ${seconds}s: ${entries(found.drops.length)} dropped`);
        },
      },
    },
    record: {
      name: 'zhiku:cache-record',
      hooks: {
        // The pages are written: their cache copies are hashed while the search is still being indexed.
        'astro:build:generated': () => {
          if (verified) ahead = verifyAhead(root, verified);
        },
        'astro:build:done': async ({ logger }) => {
          if (!verified) return;
          ahead?.stop();
          const hashedAhead = (await ahead?.done) ?? 0;
          ahead = undefined;
          const started = performance.now();
          const files = recordCache(root, verified);
          const seconds = ((performance.now() - started) / 1000).toFixed(2);
          logger.info(`Recorded ${files} cache files in ${seconds}s (${hashedAhead} hashed ahead while the search was indexed)`);
        },
      },
    },
  };
}
