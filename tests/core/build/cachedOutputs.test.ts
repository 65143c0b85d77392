import { describe, expect, it } from 'vitest';
import { cachedOutputs, isInside, pageCopyFile } from '../../../src/core/build/cachedOutputs';

describe('cachedOutputs', () => {
  it("maps each page Astro's incremental manifest records to the path it was rendered for", () => {
    const manifest = JSON.stringify({
      version: 1,
      routes: {
        'src/pages/[lang]/articles/[slug].astro': {
          dependencyHash: 'x',
          paths: {
            '/en/articles/a/': { cacheKey: 'k1', outputFile: 'en/articles/a/index.html' },
            '/zh/articles/a/': { cacheKey: 'k2', outputFile: 'zh/articles/a/index.html' },
          },
        },
        'src/pages/[lang]/index.astro': { paths: { '/en/': { cacheKey: 'k3', outputFile: 'en/index.html' } } },
      },
    });
    expect(cachedOutputs(manifest)).toEqual(
      new Map([
        ['en/articles/a/index.html', '/en/articles/a/'],
        ['zh/articles/a/index.html', '/zh/articles/a/'],
        ['en/index.html', '/en/'],
      ]),
    );
  });

  it('keeps nothing from a missing, unreadable or foreign manifest, and no file outside the folder', () => {
    expect(cachedOutputs(undefined).size).toBe(0);
    expect(cachedOutputs('{"routes": ').size).toBe(0);
    expect(cachedOutputs('[1, 2]').size).toBe(0);
    expect(cachedOutputs('{"routes": {"r": {"paths": {"/a/": {"outputFile": 3}, "/b/": null}}}}').size).toBe(0);
    const escaping = { routes: { r: { paths: { '/a/': { outputFile: '../../etc/passwd' }, '/b/': { outputFile: '/tmp/x.html' } } } } };
    expect(cachedOutputs(JSON.stringify(escaping)).size).toBe(0);
  });
});

describe('isInside', () => {
  it('accepts only plain relative paths', () => {
    expect(isInside('en/a/index.html')).toBe(true);
    expect(isInside('rss.xml')).toBe(true);
    for (const path of ['', '/a', 'a/../b', './a', 'a//b', 'a\\b', 'a/']) expect(isInside(path), path).toBe(false);
  });
});

describe('pageCopyFile', () => {
  it('names each page a copy of its own in one folder, keeping its extension', () => {
    const outputs = [
      'en/articles/a/index.html',
      'en/articles/b/index.html',
      'zh/articles/a/index.html',
      'en/rss.xml',
      'glossary.json',
      'en/a/index.htm',
    ];
    const copies = outputs.map(pageCopyFile);
    expect(new Set(copies).size).toBe(outputs.length);
    for (const [n, copy] of copies.entries()) {
      expect(copy).toMatch(/^pages\/[0-9a-f]{32}(\.[a-z]+)?$/);
      expect(copy.slice(copy.lastIndexOf('.'))).toBe(outputs[n]!.slice(outputs[n]!.lastIndexOf('.')));
    }
    expect(pageCopyFile('en/articles/a/index.html')).toBe(pageCopyFile('en/articles/a/index.html'));
  });

  it('gives a name the file system takes however long the page path is, and none of a folder name for an extension', () => {
    const long = `zh/articles/${encodeURIComponent('稳定币'.repeat(30))}/index.html`;
    expect(pageCopyFile(long).length).toBeLessThan(60);
    expect(pageCopyFile('en/v1.2/feed')).toMatch(/^pages\/[0-9a-f]{32}$/);
    for (const odd of ['en/a.ht%6Dl', 'en/a.html#x', `en/a.${'x'.repeat(40)}`]) expect(pageCopyFile(odd)).toMatch(/^pages\/[0-9a-f]{32}$/);
  });
});
