import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/core/articles/articleSchema';
import { frontmatterFields, readFrontmatter } from '../../src/core/content/frontmatter';
import { validateContentDir, formatReport } from '../../src/site/validation';
import { PROJECT_ROOT } from '../helpers/buildSite';
import { runScript } from '../helpers/runScript';

const newArticle = (dir: string, ...args: string[]) => runScript('new', dir, ...args);

/** Today in this machine's time zone, as the script dates a new article. */
const localToday = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

// A fresh copy of the linked-site fixture for each test: the script writes into it.
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'zhiku-new-'));
  await cp(join(PROJECT_ROOT, 'tests/fixtures/linked-site'), dir, { recursive: true });
});
const file = (path: string) => join(dir, 'articles', path);

describe('npm run new', () => {
  it('writes an article dated today that the content checks and the schema accept', async () => {
    const before = localToday();
    const { code, out } = await newArticle(dir, 'zh', 'travel-rule', '--title', '旅行规则：如何运作');
    expect(code, out).toBe(0);
    expect(out).toContain('articles/zh/travel-rule.md');
    const text = await readFile(file('zh/travel-rule.md'), 'utf8');
    const data = articleSchema.parse(frontmatterFields(readFrontmatter(text)));
    expect(data.title).toBe('旅行规则：如何运作');
    expect([before, localToday()]).toContain(text.match(/^date: (\S+)$/m)?.[1]);
    expect(formatReport(validateContentDir(dir))).toBe('Content validation: no problems.');
  });

  it('titles an article from its slug when no title is given', async () => {
    expect((await newArticle(dir, 'en', 'travel-rule')).code).toBe(0);
    expect(await readFile(file('en/travel-rule.md'), 'utf8')).toMatch(/^title: Travel rule$/m);
  });

  it("says where the dev server shows the article: under the site's base path", async () => {
    expect((await newArticle(dir, 'en', 'travel-rule')).out).toContain('shows it at /en/articles/travel-rule/.');
    await writeFile(join(dir, 'site.yaml'), 'name: { en: Harbour, zh: 港湾 }\ndescription: { en: Ports., zh: 港口。 }\nbase: /kb/\n');
    expect((await newArticle(dir, 'en', 'ship-types')).out).toContain('shows it at /kb/en/articles/ship-types/.');
  });

  it('never overwrites an article, whichever its extension, and says which file is in the way', async () => {
    const before = await readFile(file('en/zeta.mdx'), 'utf8');
    const { code, out } = await newArticle(dir, 'en', 'zeta');
    expect(code).toBe(1);
    expect(out).toMatch(/articles\/en\/zeta\.mdx already exists, and nothing was written/);
    expect(await readFile(file('en/zeta.mdx'), 'utf8')).toBe(before);
  });

  it.each([['Travel_Rule'], ['travel-'], ['旅行']])('refuses the slug %s, as the build would', async (slug) => {
    const { code, out } = await newArticle(dir, 'en', slug);
    expect(code).toBe(1);
    expect(out).toContain(`"${slug}" is not a slug`);
    expect(out).toContain('lowercase letters a-z, digits and single hyphens');
  });

  it('refuses a slug the content checks would reject: an alias of another article', async () => {
    await writeFile(file('en/delta.md'), '---\ntitle: Delta\ndate: 2020-02-01\naliases: [old-delta]\n---\n\nText.\n');
    const { code, out } = await newArticle(dir, 'en', 'old-delta');
    expect(code).toBe(1);
    expect(out).toContain('would not pass the content checks, so nothing was written');
    expect(out).toContain('old-delta');
  });

  it.each([
    ['no slug', ['en']],
    ['an unknown language', ['fr', 'travel-rule']],
    ['an unknown option', ['en', 'travel-rule', '--open']],
    ['both modes at once', ['en', 'travel-rule', '--translate', 'en/beta']],
  ])('exits 2 with the usage on %s', async (_name, args) => {
    const { code, out } = await newArticle(dir, ...args);
    expect(code).toBe(2);
    expect(out).toContain('Usage: npm run new');
  });
});

describe('npm run new -- --translate', () => {
  it("writes the other language's file with the original's headings and a stamp the translations report accepts", async () => {
    await writeFile(
      file('en/delta.md'),
      '---\ntitle: Delta\ndate: 2020-02-01\ntopics: [blockchain-industry]\n---\n\nIntro.\n\n## Reserves {#reserves}\n\nText.\n\n## How it works\n\nMore.\n',
    );
    const { code, out } = await newArticle(dir, '--translate', 'en/delta');
    expect(code, out).toBe(0);
    const text = await readFile(file('zh/delta.md'), 'utf8');
    expect(readFrontmatter(text).body).toContain('## Reserves {#reserves}\n\n## How it works {#how-it-works}\n');
    expect(frontmatterFields(readFrontmatter(text)).translation).toMatchObject({ from: 'en' });
    expect(formatReport(validateContentDir(dir))).toBe('Content validation: no problems.');

    const report = await runScript('translations', dir);
    expect(report.out).toMatch(/^translated\s+delta\s+en\s+zh$/m);
    // Stamping it again records nothing new: the file is byte for byte the same.
    expect((await runScript('translations', dir, '--stamp', 'zh/delta')).code).toBe(0);
    expect(await readFile(file('zh/delta.md'), 'utf8')).toBe(text);
  });

  it('translates an MDX original into an MDX file, and a Chinese original into English', async () => {
    expect((await newArticle(dir, '--translate', 'en/zeta')).code).toBe(0);
    expect(await readFile(file('zh/zeta.mdx'), 'utf8')).toContain('{/* Translate en/zeta.mdx here');
    expect((await newArticle(dir, '--translate', 'zh/gamma')).code).toBe(0);
    expect(frontmatterFields(readFrontmatter(await readFile(file('en/gamma.md'), 'utf8'))).translation).toMatchObject({ from: 'zh' });
    expect(formatReport(validateContentDir(dir))).toBe('Content validation: no problems.');
  });

  it('refuses when the translation exists or the original does not', async () => {
    const before = await readFile(file('zh/beta.md'), 'utf8');
    const exists = await newArticle(dir, '--translate', 'en/beta');
    expect(exists.code).toBe(1);
    expect(exists.out).toMatch(/articles\/zh\/beta\.md already exists/);
    expect(await readFile(file('zh/beta.md'), 'utf8')).toBe(before);

    const missing = await newArticle(dir, '--translate', 'en/no-such-article');
    expect(missing.code).toBe(1);
    expect(missing.out).toMatch(/there is no article .*articles\/en\/no-such-article\.md to translate/);

    const badSlug = await newArticle(dir, '--translate', 'en/No_Such');
    expect(badSlug.code).toBe(1);
    expect(badSlug.out).toContain('not lowercase ASCII');
  });
});
