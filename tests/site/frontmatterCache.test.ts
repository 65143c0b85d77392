/**
 * The frontmatter cache (src/site/frontmatterCache.ts) on a real file: what it gives is what parsing
 * gives, a text it has seen is not parsed again, and every way it could give an old reading (an edited
 * text, other parsing code, a damaged file) parses the text instead.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sealText, unsealText } from '../../src/core/build/sealedText';
import { articleSource, type ContentFile } from '../../src/core/content/contentFiles';
import { withFrontmatterCache } from '../../src/site/frontmatterCache';

const file = (path: string, text: string): ContentFile => ({ path, file: `content/articles/${path}`, text });
const FILES = [
  file('en/a.md', '---\ntitle: Alpha\ndate: 2024-05-01\ntopics: [cbdc, stablecoins]\n---\n\nAlpha.\n'),
  file('en/b.md', '---\ntitle: Beta\nsummary: "unclosed\n---\n\nBeta.\n'),
  file('zh/c.md', 'No frontmatter at all.\n'),
  file('zh/d.md', '---\ntitle: 丁\nweight: .nan\n---\n\n丁。\n'),
];
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
/** What an article source says of its frontmatter, functions left out. */
const reading = (sources: ReturnType<typeof articleSource>[]) =>
  sources.map(({ path, published, frontmatter: { data, errors, dateLike, yaml, body, bodyLine } }) => ({
    path,
    published,
    data,
    errors,
    dateLike,
    yaml,
    body,
    bodyLine,
  }));

describe('withFrontmatterCache', () => {
  let dir: string;
  let cacheFile: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'zhiku-frontmatter-cache-'));
    cacheFile = join(dir, 'cache', 'zhiku-frontmatter.json');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** Rewrites the cache file as if an earlier build had found `data` in the text of `path`, sealed as the cache seals it. */
  const forge = (path: string, data: unknown) => {
    const stored = JSON.parse(unsealText(readFileSync(cacheFile, 'utf8'))!) as { texts: Record<string, { data: unknown }> };
    stored.texts[sha256(FILES.find((f) => f.path === path)!.text)]!.data = data;
    writeFileSync(cacheFile, sealText(JSON.stringify(stored)));
  };

  it('gives what parsing gives, the first time and from the cache', () => {
    const parsed = reading(FILES.map((f) => articleSource(f)));
    expect(reading(withFrontmatterCache(cacheFile, 'code 1', FILES))).toEqual(parsed);
    expect(reading(withFrontmatterCache(cacheFile, 'code 1', FILES))).toEqual(parsed);
    // A value that JSON cannot hold is parsed every time instead of kept, and does not make every build write the file.
    expect(Object.keys((JSON.parse(unsealText(readFileSync(cacheFile, 'utf8'))!) as { texts: object }).texts)).toHaveLength(3);
    const past = new Date('2026-01-01T00:00:00Z');
    utimesSync(cacheFile, past, past);
    withFrontmatterCache(cacheFile, 'code 1', FILES);
    expect(statSync(cacheFile).mtimeMs).toBe(past.getTime());
  });

  it('takes the reading of a text it has seen from the file, and finds the lines of its fields when asked', () => {
    withFrontmatterCache(cacheFile, 'code 1', FILES);
    forge('en/a.md', { title: 'From the cache' });
    const [a, b] = withFrontmatterCache(cacheFile, 'code 1', FILES);
    expect(a!.frontmatter.data).toEqual({ title: 'From the cache' });
    expect(a!.frontmatter.lineOf(['topics'])).toBe(4);
    expect(b!.frontmatter.errors).toEqual(articleSource(FILES[1]!).frontmatter.errors);
    expect(b!.frontmatter.errors.length).toBeGreaterThan(0);
  });

  it('parses an edited text again, and keeps only the texts there are now', () => {
    withFrontmatterCache(cacheFile, 'code 1', FILES);
    forge('en/a.md', { title: 'From the cache' });
    const edited = [file('en/a.md', FILES[0]!.text.replace('title: Alpha', 'title: Alpha, retitled')), ...FILES.slice(1)];
    expect(withFrontmatterCache(cacheFile, 'code 1', edited)[0]!.frontmatter.data).toMatchObject({ title: 'Alpha, retitled' });
    const texts = (JSON.parse(unsealText(readFileSync(cacheFile, 'utf8'))!) as { texts: object }).texts;
    expect(Object.keys(texts)).toContain(sha256(edited[0]!.text));
    expect(Object.keys(texts)).not.toContain(sha256(FILES[0]!.text));
  });

  it('parses everything again under other parsing code, or when the file is damaged', () => {
    withFrontmatterCache(cacheFile, 'code 1', FILES);
    forge('en/a.md', { title: 'From the cache' });
    expect(withFrontmatterCache(cacheFile, 'code 2', FILES)[0]!.frontmatter.data).toMatchObject({ title: 'Alpha' });
    withFrontmatterCache(cacheFile, 'code 1', FILES);
    forge('en/a.md', { title: 'From the cache' });
    writeFileSync(cacheFile, readFileSync(cacheFile, 'utf8').replace('From the cache', 'From the cachE'));
    expect(withFrontmatterCache(cacheFile, 'code 1', FILES)[0]!.frontmatter.data).toMatchObject({ title: 'Alpha' });
  });
});
