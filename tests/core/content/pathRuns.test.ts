import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FILE_LINK, MARKDOWN_EXTENSION } from '../../../src/core/links/linkDependencies';
import { IMAGE_EXTENSION, IMAGE_PATH } from '../../../src/core/content/mediaDependencies';
import { pathMatches } from '../../../src/core/content/pathRuns';
import { PROJECT_ROOT } from '../../helpers/buildSite';

const PATTERNS = [
  ['links to article files', FILE_LINK, MARKDOWN_EXTENSION],
  ['image paths', IMAGE_PATH, IMAGE_EXTENSION],
] as const;

/** What a match shows its caller: the text and the groups. */
const shown = (matches: Iterable<RegExpMatchArray>) => [...matches].map((m) => [...m]);

/** A small deterministic generator (mulberry32), so that a failure can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  'a',
  'b/',
  '../',
  '.',
  '.png',
  '.PNG',
  '.md',
  '.mdx',
  'x',
  '#',
  '?',
  ' ',
  '\n',
  '(',
  ')',
  '<',
  '>',
  '"',
  "'",
  '`',
  '[',
  ']',
  '链',
  '图',
  '.svg',
  '%20',
  '😀',
];

describe('pathMatches', () => {
  it.each(PATTERNS)('finds the %s that matchAll finds, on 3,000 generated texts', (_name, pattern, hint) => {
    const next = random(20191125);
    for (let i = 0; i < 3000; i++) {
      const text = Array.from({ length: Math.floor(next() * 40) }, () => PIECES[Math.floor(next() * PIECES.length)]).join('');
      expect(shown(pathMatches(text, pattern, hint)), JSON.stringify(text)).toEqual(shown(text.matchAll(pattern)));
    }
  });

  it.each(PATTERNS)('finds the %s that matchAll finds, in every article of content/ and the fixtures', (_name, pattern, hint) => {
    // content/ holds whatever articles a team has (none at first, nor a folder once git drops the empty one);
    // the fixtures are always there.
    const folders = [
      'content/articles',
      'tests/fixtures/sample-content/articles',
      'tests/fixtures/site/articles',
      'tests/fixtures/media-site/articles',
      'tests/fixtures/linked-site/articles',
    ];
    let texts = 0;
    for (const folder of folders.filter((f) => existsSync(join(PROJECT_ROOT, f)))) {
      for (const file of readdirSync(join(PROJECT_ROOT, folder), { recursive: true }) as string[]) {
        if (!/\.mdx?$/.test(file)) continue;
        const text = readFileSync(join(PROJECT_ROOT, folder, file), 'utf8');
        expect(shown(pathMatches(text, pattern, hint)), file).toEqual(shown(text.matchAll(pattern)));
        texts += 1;
      }
    }
    expect(texts).toBeGreaterThan(20);
  });

  it('finds paths next to Chinese text and at the very end', () => {
    const text = '见图![图表](../../media/c.png)与[原文](../zh/a.md#一)，末尾 ../../media/d.svg';
    expect(shown(pathMatches(text, IMAGE_PATH, IMAGE_EXTENSION)).map(([m]) => m)).toEqual(['../../media/c.png', '../../media/d.svg']);
    expect(shown(pathMatches(text, FILE_LINK, MARKDOWN_EXTENSION)).map(([, path]) => path)).toEqual(['../zh/a']);
  });
});
