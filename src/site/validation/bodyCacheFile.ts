import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ContentInput } from '../../core/contentFiles';
import { bodyCache, type BodyCache, type StoredFindings } from './bodyCache';

/** Bumped when the stored shape changes. */
const FORMAT = 1;

/**
 * The version of the validator's code: a digest of every file under `src/` and of the
 * lockfile (the Markdown parser and the schema library). Wider than the validator's own
 * modules, so that no change to what it imports is missed; a change anywhere in them
 * parses every body again once.
 */
export function validatorCodeVersion(root: string): string {
  const hash = createHash('sha256').update(`format ${FORMAT}\0`);
  const src = join(root, 'src');
  const files = readdirSync(src, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
  for (const file of [...files, join(root, 'package-lock.json')]) {
    if (!existsSync(file)) continue;
    hash.update(file.slice(root.length)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

/** The stored findings of a cache file; none when it is missing, unreadable or of another format. */
function readStored(file: string): StoredFindings {
  try {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { format?: number; findings?: StoredFindings };
    return stored.format === FORMAT && stored.findings ? stored.findings : {};
  } catch {
    return {};
  }
}

/**
 * Runs `check` with the body cache kept in `file` (under Astro's cacheDir), and
 * stores the findings of this run's files when they changed: written whole to a
 * temporary file first, so a build cut short never leaves half a cache.
 */
export function withBodyCacheFile<T>(file: string, root: string, input: ContentInput, check: (cache: BodyCache) => T): T {
  const cache = bodyCache(readStored(file), input, validatorCodeVersion(root));
  const result = check(cache);
  if (cache.changed()) {
    mkdirSync(dirname(file), { recursive: true });
    // A temporary file of this process's own, so that two builds sharing a cache never write into one file.
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify({ format: FORMAT, findings: cache.entries() }));
    renameSync(temporary, file);
  }
  return result;
}
