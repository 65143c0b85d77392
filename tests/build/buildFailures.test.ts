import { existsSync } from 'node:fs';
import { cp, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BuildError, buildSite, PROJECT_ROOT } from '../helpers/buildSite';

/** A copy of the linked-site fixture with more article files (path in articles/ => text), built for real. */
async function buildWith(files: Record<string, string>): Promise<BuildError> {
  const dir = await mkdtemp(join(tmpdir(), 'zhiku-broken-'));
  await cp(join(PROJECT_ROOT, 'tests/fixtures/linked-site'), dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) await writeFile(join(dir, 'articles', file), text);
  const error = await buildSite(dir).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, 'the build should have failed').toBeInstanceOf(BuildError);
  return error as BuildError;
}

describe('content errors fail the real build', () => {
  it('names the file and line of a wikilink to a missing article', async () => {
    const error = await buildWith({
      'en/broken-link.md':
        '---\ntitle: Broken\ndate: 2020-01-01\ntopics: [regulation]\n---\n\nFine [[alpha]] here.\n\nThis line has [[no-such-article]] in it.\n',
    });
    const output = error.stdout + error.stderr;
    expect(output).toMatch(/en\/broken-link\.md:9\b/);
    expect(output).toContain('no-such-article');
  });

  it('a schema problem and a broken link together fail with the validator report naming both, not with Astro’s first error', async () => {
    const error = await buildWith({
      'en/two-problems.md': '---\ntitle: Two problems\ndate: 2020-02-30\ntopics: [regulation]\n---\n\nSee [[no-such-article]].\n',
    });
    const output = error.stdout + error.stderr;
    expect(output).toContain('Content validation found 2 problems:');
    expect(output).toMatch(/articles\/en\/two-problems\.md:3 {2}\[date\] "2020-02-30" is not a valid date/);
    expect(output).toMatch(/articles\/en\/two-problems\.md:7 {2}\[link\] broken link "\[\[no-such-article\]\]"/);
    expect(output).toContain('Fix the content above and build again (`npm run check` runs the same checks without building).');
    // The check ran in a worker beside the sync, and its report stopped the build before any page was rendered.
    expect(output).toMatch(/Checked \d+ articles in [\d.]+s \(0 unchanged bodies taken from the cache\), in a worker thread/);
    expect(output).not.toMatch(/InvalidContentEntryDataError|does not match collection schema|generating static routes/);
    const written = existsSync(error.outDir!) ? await readdir(error.outDir!, { recursive: true }) : [];
    expect(written.filter((f) => f.endsWith('.html'))).toEqual([]);
  });

  it('names the file of a topic that is not in the taxonomy', async () => {
    const error = await buildWith({
      'zh/unknown-topic.md': '---\ntitle: 未知主题\ndate: 2020-01-01\ntopics: [not-a-topic]\n---\n\n正文。\n',
    });
    const output = error.stdout + error.stderr;
    expect(output).toContain('unknown-topic.md');
    expect(output).toContain('not-a-topic');
  });

  it('refuses hostile content before anything compiles: every error listed, no code run, nothing readable in dist', async () => {
    const probe = join(await mkdtemp(join(tmpdir(), 'zhiku-probe-')), 'ran');
    const error = await buildWith({
      'en/hostile.md': [
        '---',
        'title: Hostile',
        'date: 2020-01-01',
        'source: { name: X, url: "javascript:alert(1)" }',
        '---',
        '',
        '[x](JaVaScRiPt:alert(2)) <img src="a.png" alt="" onerror="alert(3)">',
        '',
        '<script>alert(4)</script>',
        '',
      ].join('\n'),
      'en/hostile-code.mdx': [
        '---',
        'title: Hostile code',
        'date: 2020-01-01',
        '---',
        '',
        `import { writeFileSync } from 'node:fs'`,
        '',
        `export const ran = writeFileSync(${JSON.stringify(probe)}, 'ran')`,
        '',
        'Home: {process.env.HOME} <a href="javascript:alert(5)">x</a>',
        '',
      ].join('\n'),
    });
    const output = error.stdout + error.stderr;
    for (const line of [
      'articles/en/hostile.md:4  [source.url] is invalid ("javascript:alert(1)"): must be a web address (http:// or https://)',
      'articles/en/hostile.md:7  [HTML] the attribute "onerror" on <img> runs code in the reader’s browser',
      'articles/en/hostile.md:7  [link] the link "JaVaScRiPt:alert(2)" uses the scheme "javascript:", which an article may not use',
      'articles/en/hostile.md:9  [HTML] <script> is not allowed in an article: it runs code in the reader’s browser',
      `articles/en/hostile-code.mdx:6  [MDX] the MDX article imports or exports code: "import { writeFileSync } from 'node:fs'`,
      'articles/en/hostile-code.mdx:10  [HTML] <a href> "javascript:alert(5)" uses the scheme "javascript:", which an article may not use',
      'articles/en/hostile-code.mdx:10  [MDX] the {expression} {process.env.HOME} is code, which an article may not run',
    ]) {
      expect(output).toContain(line);
    }
    expect(output).toMatch(/Content validation found 8 problems/);
    expect(existsSync(probe), 'the MDX code ran during the build').toBe(false);
    const written = existsSync(error.outDir!) ? await readdir(error.outDir!, { recursive: true }) : [];
    expect(written.filter((f) => /\.(html|xml|json|js|txt)$/.test(f))).toEqual([]);
  });
});
