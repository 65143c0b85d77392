import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticleFile, readArticleFiles, readContentFolder, readDataFile, readMediaFiles } from '../../src/site/contentFolder';
import { currentContent, onArticleFileChange, rereadArticleFile, setCurrentContent } from '../../src/site/currentContent';
import { siteArticleLinks } from '../../src/site/siteArticleLinks';

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'zhiku-folder-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('readContentFolder', () => {
  it('reads Markdown and MDX articles sorted by path, with their frontmatter parsed, and the data files', () => {
    const dir = folder({
      'articles/zh/b.mdx': '---\ntitle: 乙\n---\n',
      'articles/en/b.md': '---\ntitle: B\ndraft: true\n---\nText',
      'articles/en/notes.txt': 'not an article',
      'topics.yaml': '- id: regulation\n',
    });
    const content = readContentFolder(dir, dir);
    expect(content.articles.map((a) => [a.path, a.file, a.published])).toEqual([
      ['en/b.md', 'articles/en/b.md', false],
      ['zh/b.mdx', 'articles/zh/b.mdx', true],
    ]);
    expect(content.articles[1]!.frontmatter.data).toEqual({ title: '乙' });
    expect(content.topics).toEqual({ file: 'topics.yaml', text: '- id: regulation\n' });
    expect(content.glossary).toBeUndefined();
  });

  it('shows paths outside the working folder in full', () => {
    const dir = folder({ 'glossary.yaml': '- en: stablecoin\n  zh: 稳定币\n' });
    expect(readDataFile(dir, 'glossary.yaml', '/nowhere')?.file).toBe(join(dir, 'glossary.yaml'));
  });

  it('reads nothing, without failing, from a folder that does not exist yet', () => {
    expect(readArticleFiles(join(tmpdir(), 'zhiku-no-such-folder'))).toEqual([]);
    expect(readContentFolder(join(tmpdir(), 'zhiku-no-such-folder')).articles).toEqual([]);
    expect(readContentFolder(join(tmpdir(), 'zhiku-no-such-folder')).media).toEqual([]);
  });

  it('lists the files of media/ with their sizes, sub-folders included, hidden files left out', () => {
    const dir = folder({
      'media/charts/reserves 2024.png': 'x'.repeat(1234),
      'media/flow.svg': '<svg/>',
      'media/.DS_Store': 'junk',
      'media/.drafts/secret.png': 'y',
      'articles/en/a.md': '---\ntitle: A\n---\n',
    });
    expect(readContentFolder(dir, dir).media).toEqual([
      { path: 'media/charts/reserves 2024.png', file: 'media/charts/reserves 2024.png', bytes: 1234 },
      { path: 'media/flow.svg', file: 'media/flow.svg', bytes: 6 },
    ]);
    expect(readMediaFiles(dir, '/nowhere')[1]!.file).toBe(join(dir, 'media/flow.svg'));
  });
});

describe('reading one changed file again (astro dev)', () => {
  it('reads an article file as the folder reader does, a deleted one as no text, and nothing else', () => {
    const dir = folder({ 'articles/en/a.md': '---\ntitle: A\n---\n', 'articles/en/notes.txt': 'x' });
    const articles = join(dir, 'articles');
    expect(readArticleFile(articles, join(articles, 'en/a.md'), dir)).toEqual({
      path: 'en/a.md',
      file: readArticleFiles(articles, dir)[0],
    });
    expect(readArticleFile(articles, join(articles, 'en/gone.md'), dir)).toEqual({ path: 'en/gone.md' });
    expect(readArticleFile(articles, join(articles, 'en/notes.txt'), dir)).toBeUndefined();
    expect(readArticleFile(articles, join(dir, 'README.md'), dir)).toBeUndefined();
  });

  it('keeps the folder current file by file, tells listeners, and the link resolver follows', () => {
    const dir = folder({ 'articles/en/a.md': '---\ntitle: A\n---\n' });
    setCurrentContent(dir, readContentFolder(dir));
    const links = siteArticleLinks(dir);
    expect(links.articles.map((a) => a.slug)).toEqual(['a']);
    const heard: string[] = [];
    const stop = onArticleFileChange(dir, (change) =>
      heard.push(`${change.path}:${change.before ? 'was' : 'new'}:${change.after ? 'is' : 'gone'}`),
    );

    writeFileSync(join(dir, 'articles/en/b.md'), '---\ntitle: B\n---\nSee [[a]].');
    rereadArticleFile(dir, join(dir, 'articles/en/b.md'));
    expect(currentContent(dir).articles.map((a) => a.path)).toEqual(['en/a.md', 'en/b.md']);
    expect(links.articles.map((a) => [a.slug, a.title])).toEqual([
      ['a', 'A'],
      ['b', 'B'],
    ]);
    expect(links.fileText?.(join(dir, 'articles/en/b.md'))).toBe('---\ntitle: B\n---\nSee [[a]].');

    rmSync(join(dir, 'articles/en/a.md'));
    rereadArticleFile(dir, join(dir, 'articles/en/a.md'));
    expect(links.articles.map((a) => a.slug)).toEqual(['b']);
    expect(rereadArticleFile(dir, join(dir, 'topics.yaml'))).toBeUndefined();
    expect(heard).toEqual(['en/b.md:new:is', 'en/a.md:was:gone']);
    stop();
  });

  it('gives the set of the articles, one per reading of their link facts, following a retitle and not a body edit', () => {
    const dir = folder({ 'articles/en/a.md': '---\ntitle: A\n---\nText' });
    setCurrentContent(dir, readContentFolder(dir));
    const links = siteArticleLinks(dir);
    const first = links.articleSet;
    expect(first.get('en/a')?.title).toBe('A');
    // Every caller of the process gets the same set: the loader's digests, the renderer, the pages.
    expect(siteArticleLinks(dir).articleSet).toBe(first);

    writeFileSync(join(dir, 'articles/en/a.md'), '---\ntitle: A\n---\nOther text');
    rereadArticleFile(dir, join(dir, 'articles/en/a.md'));
    expect(links.articleSet).toBe(first);

    writeFileSync(join(dir, 'articles/en/a.md'), '---\ntitle: A, retitled\n---\nOther text');
    rereadArticleFile(dir, join(dir, 'articles/en/a.md'));
    expect(links.articleSet).not.toBe(first);
    expect(links.articleSet.get('en/a')?.title).toBe('A, retitled');
  });
});
