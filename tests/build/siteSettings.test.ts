import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, BuildError } from '../helpers/buildSite';
import { article, writeContentFolder } from '../helpers/contentFolder';
import { loadPage, visibleText } from '../helpers/html';

// A knowledge base of another team: its own name, footer, links, edit links and git dates,
// all from its content/site.yaml, none of Zhiku's identity.
const SETTINGS = [
  'name: { en: Harbour Wiki, zh: 港湾百科 }',
  'description: { en: Notes on harbours., zh: 关于港口的笔记。 }',
  'footer: { en: Run by the harbour team., zh: 港湾团队维护。 }',
  'editUrl: https://git.example.org/harbour/kb/edit/main/',
  'lastUpdated: git',
  'socialImage: { src: /social.png, alt: { en: Harbour card, zh: 港湾卡片 } }',
  'links:',
  '  - { label: { en: Source code, zh: 源代码 }, url: "https://git.example.org/harbour/kb" }',
].join('\n');

const git = (dir: string, ...args: string[]) =>
  execFileSync('git', args, {
    cwd: dir,
    env: { ...process.env, GIT_AUTHOR_DATE: '2021-03-04T05:06:07Z', GIT_COMMITTER_DATE: '2021-03-04T05:06:07Z' },
  });

let content: string;
let cache: string;
let outDir: string;

beforeAll(async () => {
  content = await writeContentFolder({
    'site.yaml': SETTINGS,
    'articles/en/tides.md': article('title: Tides\ndate: 2019-01-01\nupdated: 2019-06-01', 'The tide comes in.'),
    'articles/zh/tides.md': article('title: 潮汐\ndate: 2019-01-01\ntranslation: { from: en }', '潮水涨了。'),
  });
  git(content, 'init', '-q');
  git(content, 'add', '-A');
  git(content, '-c', 'user.name=T', '-c', 'user.email=t@example.org', 'commit', '-qm', 'first');
  cache = await mkdtemp(join(content, '..', 'zhiku-settings-cache-'));
  outDir = (await buildSite(content, { ZHIKU_CACHE_DIR: cache })).outDir;
});

describe('a site made its own with site.yaml', () => {
  it.each([
    ['en', 'Harbour Wiki', 'Run by the harbour team.', 'Source code'],
    ['zh', '港湾百科', '港湾团队维护。', '源代码'],
  ])('shows its name, footer and header links (%s)', async (lang, name, footer, link) => {
    const page = await loadPage(outDir, `/${lang}/`);
    expect(visibleText(page.querySelector('.brand'))).toBe(name);
    expect(visibleText(page.querySelector('h1'))).toBe(name);
    expect(visibleText(page.querySelector('.site-footer p'))).toBe(footer);
    const extra = page.querySelectorAll('.main-nav a').find((a) => visibleText(a) === link);
    expect(extra?.getAttribute('href')).toBe('https://git.example.org/harbour/kb');
    expect(page.toString()).not.toMatch(/Zhiku|知库/);
  });

  it('names the site in feeds and the landing page', async () => {
    expect(await readFile(join(outDir, 'en/rss.xml'), 'utf8')).toContain('<title>Harbour Wiki: new articles in English</title>');
    expect(visibleText((await loadPage(outDir, '/')).querySelector('title'))).toBe('Harbour Wiki 港湾百科');
  });

  it.each([
    ['en', 'articles/en/tides.md'],
    ['zh', 'articles/zh/tides.md'],
  ])('links each language page to its own file for editing (%s)', async (lang, file) => {
    const link = (await loadPage(outDir, `/${lang}/articles/tides/`)).querySelector('.edit-link a');
    expect(visibleText(link)).toBe(lang === 'en' ? 'Edit this page' : '编辑此页');
    expect(link?.getAttribute('href')).toMatch(new RegExp(`^https://git\\.example\\.org/harbour/kb/edit/main/.*${file}$`));
  });

  it('dates the last update from git, not from the frontmatter', async () => {
    for (const lang of ['en', 'zh']) {
      const page = await loadPage(outDir, `/${lang}/articles/tides/`);
      expect(page.querySelectorAll('.article-facts time').map((t) => t.getAttribute('datetime'))).toContain('2021-03-04');
      expect(page.querySelector('meta[property="article:modified_time"]')?.getAttribute('content')).toBe('2021-03-04T05:06:07.000Z');
    }
  });

  it('gives every page kind a link-preview picture with its size and alt text', async () => {
    const pages = ['/', '/en/', '/zh/', '/en/articles/tides/', '/zh/topics/', '/en/glossary/', '/zh/search/', '/en/archive/', '/404.html'];
    for (const path of pages) {
      const page = await loadPage(outDir, path);
      const meta = (p: string) => page.querySelector(`meta[property="${p}"]`)?.getAttribute('content');
      expect(meta('og:image'), path).toMatch(/^https?:\/\/[^/]+\/social\.png$/);
      expect([meta('og:image:width'), meta('og:image:height')], path).toEqual(['1200', '630']);
      expect(meta('og:image:alt'), path).toMatch(/^(Harbour card|港湾卡片)$/);
      expect(page.querySelector('meta[name="twitter:card"]')?.getAttribute('content'), path).toBe('summary_large_image');
    }
  });

  it('renders every page again when the settings change, even from the cache', async () => {
    await writeFile(join(content, 'site.yaml'), SETTINGS.replace('Harbour Wiki', 'Port Wiki'));
    const again = (await buildSite(content, { ZHIKU_CACHE_DIR: cache })).outDir;
    for (const path of ['/en/', '/en/articles/tides/', '/zh/articles/tides/']) {
      expect(visibleText((await loadPage(again, path)).querySelector('.brand'))).toBe(path.startsWith('/zh') ? '港湾百科' : 'Port Wiki');
    }
    expect((await readdir(again)).length).toBeGreaterThan(0);
  });

  it('stops the build on a wrong setting, at its line', async () => {
    const broken = await writeContentFolder({
      'site.yaml': `${SETTINGS}\nlastUpdate: git`,
      'articles/en/a.md': article('title: A\ndate: 2019-01-01'),
    });
    const error = await buildSite(broken).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BuildError);
    expect((error as BuildError).stdout + (error as BuildError).stderr).toMatch(/site\.yaml:9 +\[lastUpdate\] is not a setting → /);
  });
});
