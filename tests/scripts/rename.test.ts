import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { aliasRedirects } from '../../src/core/links/aliasRedirects';
import { articleFacts } from '../../src/core/articles/articleFacts';
import { answeredUrls, parseLock, serializeLock, vanishedUrls } from '../../src/core/links/urlLock';
import { readContentFolder } from '../../src/site/contentFolder';
import { checkContent } from '../../src/site/validation';
import { PROJECT_ROOT } from '../helpers/buildSite';
import { runScript } from '../helpers/runScript';

// The linked-site fixture in a git repository of its own, with a URL lock beside it:
// beta (both languages) is linked in every form from alpha (both) and zeta (MDX, with a card).
let work: string;
let content: string;
const git = (...args: string[]) => execFileSync('git', args, { cwd: work, encoding: 'utf8' });
const LOCKED = ['/en/', '/en/articles/alpha/', '/en/articles/beta/', '/zh/articles/alpha/', '/zh/articles/beta/'];

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'zhiku-rename-'));
  content = join(work, 'content');
  await cp(join(PROJECT_ROOT, 'tests/fixtures/linked-site'), content, { recursive: true });
  await writeFile(join(work, 'urls.lock.json'), serializeLock(LOCKED));
  git('init', '-q');
  git('add', '-A');
  git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'fixture');
});

const rename = (...args: string[]) => runScript('rename', content, ...args);
const article = (path: string) => readFile(join(content, 'articles', path), 'utf8');

/** Every file of the work folder but git's own, with its bytes. */
async function snapshot(): Promise<Map<string, string>> {
  const entries = await readdir(work, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile() && !join(e.parentPath, e.name).includes(`${work}/.git`));
  return new Map(
    await Promise.all(files.map(async (e) => [join(e.parentPath, e.name), await readFile(join(e.parentPath, e.name), 'latin1')] as const)),
  );
}

describe('npm run rename', () => {
  it('moves both versions, adds the alias, rewrites every link and card, updates the lock, and the old URLs stay answered', async () => {
    const [enBefore, zhBefore] = [await article('en/beta.md'), await article('zh/beta.md')];
    const { code, out } = await rename('en/beta', 'beta-story');
    expect(code, out).toBe(0);
    expect(out).toContain('en/beta.md → ');
    expect(out).toMatch(/links +.*en\/alpha\.md: \[\[beta\]\], \[\[beta\|the beta story\]\], .*\.\.\/zh\/beta\.md#details\n/);
    expect(out).toMatch(/links +.*en\/zeta\.mdx: \.\/beta\.md#details, <ArticleCard slug="beta">\n/);
    expect(out).toContain('+ /en/articles/beta-story/, /zh/articles/beta-story/');
    // Moved with git (history follows: the move is staged), and only the aliases line added.
    expect(
      git('status', '--porcelain')
        .split('\n')
        .filter((l) => l.startsWith('R')),
    ).toEqual([
      'RM content/articles/en/beta.md -> content/articles/en/beta-story.md',
      'RM content/articles/zh/beta.md -> content/articles/zh/beta-story.md',
    ]);
    expect((await article('en/beta-story.md')).replace('aliases: [beta]\n', '')).toBe(enBefore);
    expect((await article('zh/beta-story.md')).replace('aliases: [beta]\n', '')).toBe(zhBefore);
    // Every form, in Markdown and MDX.
    const zhAlpha = await article('zh/alpha.md');
    expect(zhAlpha).toContain('[[beta-story]]、[[beta-story|贝塔的故事]]、[[beta-story#details]]、[[en:beta-story]]');
    expect(zhAlpha).toContain('[相对链接](./beta-story.md)');
    const zeta = await article('en/zeta.mdx');
    expect(zeta).toContain('[beta](./beta-story.md#details)');
    expect(zeta).toContain('<ArticleCard slug="beta-story" />');
    for (const path of ['en/alpha.md', 'zh/alpha.md', 'en/zeta.mdx'])
      expect(await article(path), path).not.toMatch(/\[\[(\w+:)?beta\b[\]|#]|\/beta\.md|"beta"/);
    // The renamed folder passes the content checks without a warning about the old slug (the fixture's own alpha-old stays).
    const folder = readContentFolder(content);
    const report = checkContent(folder);
    expect(report.errors).toEqual([]);
    expect(report.warnings.filter((w) => w.message.includes('old slug of "beta-story"'))).toEqual([]);
    expect(report.warnings.filter((w) => w.message.includes('old slug')).length).toBeGreaterThan(0);
    // The lock keeps the old URLs and gains the new; the old are answered by the alias's redirects.
    const locked = parseLock(await readFile(join(work, 'urls.lock.json'), 'utf8'));
    expect(locked).toEqual(expect.arrayContaining([...LOCKED, '/en/articles/beta-story/', '/zh/articles/beta-story/']));
    const redirects = aliasRedirects(articleFacts(folder));
    expect(redirects.filter((r) => r.alias === 'beta').map((r) => [r.from, r.to])).toEqual([
      ['/en/articles/beta/', '/en/articles/beta-story/'],
      ['/zh/articles/beta/', '/zh/articles/beta-story/'],
    ]);
    const pages = new Set(['/en/', '/en/articles/alpha/', '/zh/articles/alpha/', '/en/articles/beta-story/', '/zh/articles/beta-story/']);
    const answered = answeredUrls({ pages: [...pages], redirects: redirects.map((r) => r.from), files: [] });
    expect(vanishedUrls(locked, answered)).toEqual([]);
  });

  it.each([
    ['the new slug is an article', ['en/beta', 'alpha'], '"alpha" is taken: articles/en/alpha exists'],
    ['the new slug is an alias', ['en/beta', 'alpha-old'], '"alpha-old" is taken: it is an old slug of articles/zh/alpha'],
    ['the new slug is invalid', ['en/beta', 'Beta_Story'], '"Beta_Story" is not a slug'],
    ['the article does not exist', ['en/nope', 'new-nope'], 'there is no article en/nope'],
  ])('changes nothing when %s', async (_name, args, message) => {
    const before = await snapshot();
    const { code, out } = await rename(...args);
    expect(code).toBe(1);
    expect(out).toContain(`Nothing was renamed: ${message}`);
    expect(await snapshot()).toEqual(before);
  });

  it('changes nothing when a file it would touch has uncommitted changes', async () => {
    await writeFile(join(content, 'articles/en/zeta.mdx'), `${await article('en/zeta.mdx')}\nAn unsaved line.\n`);
    const before = await snapshot();
    const { code, out } = await rename('en/beta', 'beta-story');
    expect(code).toBe(1);
    expect(out).toContain('Nothing was renamed: these files have uncommitted changes');
    expect(out).toContain('content/articles/en/zeta.mdx');
    expect(await snapshot()).toEqual(before);
  });
});
