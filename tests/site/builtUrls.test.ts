import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { builtUrls } from '../../src/site/builtUrls';

describe('builtUrls', () => {
  let dir: string;
  const write = (path: string, text: string) => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'zhiku-built-urls-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('sorts pages, redirects and files, and leaves out the search folder, which the search may still be writing', () => {
    write('index.html', '<p>Home</p>');
    write('en/articles/a/index.html', '<p>A</p>');
    write('en/articles/old-a/index.html', '<meta http-equiv="refresh" content="0; url=/en/articles/a/">');
    write('robots.txt', 'User-agent: *');
    write('pagefind/en-delta/index.html', '<p>Not a page of the site</p>');
    write('pagefind/en/pagefind-entry.json', '{}');
    expect(builtUrls(dir)).toEqual({
      pages: ['/', '/en/articles/a/'],
      redirects: ['/en/articles/old-a/'],
      files: ['/robots.txt'],
    });
  });
});
