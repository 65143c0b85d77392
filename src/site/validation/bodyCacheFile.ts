import type { ContentInput } from '../../core/content/contentFiles';
import { sourceStamp } from '../sourceStamp';
import { readSealedJson, writeSealedJson } from '../wholeFile';
import { bodyCache, type BodyCache, type StoredFindings } from './bodyCache';

/** Bumped when the stored shape changes. */
const FORMAT = 2;

/**
 * The stored findings of a cache file; none when it is missing, unreadable, of another format, or not the
 * bytes it was written with (it carries its own SHA-256, so the build's cache record leaves it out: core/build/cacheRecord.ts).
 */
function readStored(file: string): StoredFindings {
  const stored = readSealedJson(file) as { format?: number; findings?: StoredFindings } | undefined;
  return stored?.format === FORMAT && stored.findings ? stored.findings : {};
}

/**
 * Runs `check` with the body cache kept in `file` (under Astro's cacheDir), and
 * stores the findings of this run's files when they changed: written whole to a
 * temporary file first, so a build cut short never leaves half a cache.
 */
export function withBodyCacheFile<T>(file: string, root: string, input: ContentInput, check: (cache: BodyCache) => T): T {
  // The validator's code version: everything under src/ (wider than its own modules, so that no change to what it
  // imports is missed) and the lockfile (the Markdown parser, the schema library).
  const cache = bodyCache(readStored(file), input, sourceStamp(['src'], root));
  const result = check(cache);
  if (cache.changed()) writeSealedJson(file, { format: FORMAT, findings: cache.entries() });
  return result;
}
