/**
 * Content entries name their files relative to Astro's project root, which `astro dev --root` (the
 * benchmark's way) makes another folder than the working one: the pages' readers of entry files
 * (entryBody, and entryBodyFacts through it) find them there.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { entryBody } from '../../src/site/entryBody';
import { entryFile, setProjectRoot } from '../../src/site/projectRoot';

describe('entry files under a project root that is not the working folder', () => {
  const root = mkdtempSync(join(tmpdir(), 'zhiku-root-'));
  afterAll(() => {
    setProjectRoot(process.cwd());
    rmSync(root, { recursive: true, force: true });
  });

  it('reads an entry body from the project root, not the working folder', () => {
    mkdirSync(join(root, 'site'), { recursive: true });
    mkdirSync(join(root, 'content/articles/en'), { recursive: true });
    writeFileSync(join(root, 'content/articles/en/a.md'), '---\ntitle: A\n---\n\nRead from the project root.\n');
    expect(process.cwd()).not.toBe(join(root, 'site'));
    setProjectRoot(join(root, 'site'));
    // As Astro's glob loader names it when the content folder sits beside the project.
    const entry = { filePath: '../content/articles/en/a.md', digest: 'd1' };
    expect(entryFile(entry.filePath)).toBe(join(root, 'content/articles/en/a.md'));
    expect(entryBody(entry)).toBe('Read from the project root.');
  });
});
