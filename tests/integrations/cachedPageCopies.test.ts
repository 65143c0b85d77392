/**
 * Cached pages copied in line (src/integrations/cachedPageCopies.ts): the same
 * copy and timestamps as Astro's own restoreOutputFile, and the patch finds
 * Astro's cache class where it looks, so an Astro upgrade that moves it fails
 * here instead of falling back unnoticed. incrementalBuild.test.ts checks the
 * pages it restores against clean builds, byte for byte.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyCachedPagesInLine, restoreOutputFileSync } from '../../src/integrations/cachedPageCopies';

describe('restoreOutputFileSync', () => {
  let root: string;
  let settings: { config: { cacheDir: URL } };
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'zhiku-page-copies-'));
    settings = { config: { cacheDir: pathToFileURL(join(root, 'cache/')) } };
    mkdirSync(join(root, 'cache/dist/en/articles/a'), { recursive: true });
    writeFileSync(join(root, 'cache/dist/en/articles/a/index.html'), '<p>Cached.</p>');
    utimesSync(join(root, 'cache/dist/en/articles/a/index.html'), 1_600_000_000, 1_600_000_000);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it("copies a cached page into its folder with the cached copy's times, as Astro does", () => {
    const destination = pathToFileURL(join(root, 'dist/en/articles/a/index.html'));
    expect(restoreOutputFileSync(settings, 'en/articles/a/index.html', destination, new Set())).toBe(true);
    expect(readFileSync(destination, 'utf8')).toBe('<p>Cached.</p>');
    expect(statSync(destination).mtimeMs).toBe(1_600_000_000_000);
  });

  it('copies nothing and says so when the cached copy is gone', () => {
    const destination = pathToFileURL(join(root, 'dist/en/articles/b/index.html'));
    expect(restoreOutputFileSync(settings, 'en/articles/b/index.html', destination, new Set())).toBe(false);
  });
});

describe('copyCachedPagesInLine', () => {
  it("replaces the restore of Astro's incremental build cache, the class Astro's build uses", () => {
    expect(copyCachedPagesInLine()).toBe(true);
    const require = createRequire(import.meta.url);
    const { IncrementalBuildCache } = require(join(dirname(require.resolve('astro/package.json')), 'dist/core/build/incremental.js')) as {
      IncrementalBuildCache: { prototype: { restoreOutputFile: { toString(): string } } };
    };
    expect(IncrementalBuildCache.prototype.restoreOutputFile.toString()).toContain('restoreOutputFileSync');
  });
});
