import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify, stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { BuildError, buildSite, PROJECT_ROOT } from '../helpers/buildSite';
import { article, writeContentFolder } from '../helpers/contentFolder';

const run = promisify(execFile);

/** Runs a real `astro build` that must fail, and returns its exit code and all it printed. */
async function failingBuild(dir: string): Promise<{ code: number | undefined; output: string }> {
  const error = await buildSite(dir).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, 'the build should have failed').toBeInstanceOf(BuildError);
  const e = error as BuildError;
  return { code: e.code, output: `${e.stdout}\n${e.stderr}` };
}

/** Runs `npm run check` on a content folder; returns its exit code and output. */
async function check(dir: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run('npm', ['run', '--silent', 'check'], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, ZHIKU_CONTENT_DIR: dir },
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, output: e.stdout + e.stderr };
  }
}

const good = (title: string, extra = '', body = 'Text.') => article(`title: ${title}\ndate: 2019-11-18${extra ? `\n${extra}` : ''}`, body);

describe('a real build and `npm run check` stop on invalid content', () => {
  it('reports several problems of different files together, then fails', async () => {
    const dir = await writeContentFolder({
      'articles/en/a.md': article('date: 2019-13-45\nkind: essay\ntopics: [nope]', 'See [[missing]].'),
      'articles/zh/orphan.md': good('孤儿', 'translation: { from: en }'),
      'articles/en/b.mdx': good('B', '', '<Note>unclosed'),
    });
    const { code, output } = await failingBuild(dir);
    expect(code).toBe(1);
    expect(output).toContain('Content validation found 7 problems:');
    for (const expected of [
      `${dir}/articles/en/a.md:1  [title] is missing → add a non-empty \`title:\` line to the frontmatter`,
      `${dir}/articles/en/a.md:2  [date] "2019-13-45" is not a valid date → write the publication date as YYYY-MM-DD`,
      `${dir}/articles/en/a.md:3  [kind] is invalid ("essay")`,
      `${dir}/articles/en/a.md:4  [topics] unknown topic "nope"`,
      `${dir}/articles/en/a.md:7  [link] broken link "[[missing]]"`,
      `${dir}/articles/en/b.mdx:6  [MDX] invalid MDX: Expected a closing tag for \`<Note>\``,
      `${dir}/articles/zh/orphan.md:4  [translation.from] says this translates en/orphan, which does not exist`,
    ]) {
      expect(output).toContain(expected);
    }
    expect(output).toContain('Fix the content above and build again (`npm run check` runs the same checks without building).');
    // Checked in a worker thread while Astro synced the content; then the report stopped the build, not Astro's own
    // content errors, and before a page was rendered.
    // Astro colours its log under CI=true.
    const plain = stripVTControlCharacters(output);
    expect(plain).toContain('[zhiku:content-validation] Checking 3 articles in a worker thread while the content syncs');
    expect(plain).toMatch(/Checked 3 articles in [\d.]+s \(0 unchanged bodies taken from the cache\), in a worker thread/);
    expect(output).not.toMatch(/InvalidContentEntryDataError|generating static routes|\[build\] output:/);
  });

  it.each<[string, Record<string, string>, string[]]>([
    [
      'an alias claimed by two articles',
      { 'articles/en/a.md': good('A', 'aliases: [old]'), 'articles/en/b.md': good('B', 'aliases: [old]') },
      [
        'articles/en/a.md:4  [aliases] the alias "old" is also claimed by',
        'articles/en/b.md:4  [aliases] the alias "old" is also claimed by',
      ],
    ],
    [
      'a published article linking to a draft',
      { 'articles/en/a.md': good('A', '', 'See [[d]].'), 'articles/en/d.md': good('D', 'draft: true') },
      ['articles/en/a.md:6  [link] "[[d]]" points at a draft'],
    ],
    [
      'MDX components and asides used wrongly',
      {
        'articles/en/a.mdx': good(
          'A',
          '',
          '<Aside>x</Aside>\n\n<Callout>no type</Callout>\n\n<Callout type="note" title={3}>x</Callout>\n\n<ArticleCard slug="gone" />',
        ),
        'articles/zh/b.md': good('乙', '', ':::warning\n没有这种提示。\n:::'),
      },
      [
        'articles/en/a.mdx:6  [component] unknown component <Aside> → use one of <',
        'articles/en/a.mdx:8  [component] <Callout> needs the prop "type"',
        'articles/en/a.mdx:10  [component] <Callout> prop "title" expected string, received number',
        'articles/en/a.mdx:12  [component] <ArticleCard> broken link "[[gone]]": no article "gone" exists in any language',
        'articles/zh/b.md:6  [aside] unknown aside ":::warning" → use one of :::note, :::tip, :::caution, :::danger',
      ],
    ],
    [
      'a glossary term that does not exist, and a glossary entry without its English form',
      {
        'articles/en/a.mdx': good('A', '', 'A <Term id="stablecoin" /> is not a <Term id="nope">nope</Term>.'),
        'glossary.yaml': '- { zh: 稳定币, en: stablecoin }\n- { zh: 旅行规则 }\n',
      },
      [
        'articles/en/a.mdx:6  [component] <Term> names "nope", which is no term of the glossary → use a term\'s id from content/glossary.yaml',
        'glossary.yaml:2  [glossary[1].en] is missing → write the term as it is written in that language',
      ],
    ],
    [
      'the same slug twice in one language',
      { 'articles/en/a.md': good('A'), 'articles/en/a.mdx': good('A') },
      ['articles/en/a.md  [slug] the slug "en/a" is also used by'],
    ],
  ])('the build fails on %s', async (_name, files, expected) => {
    const dir = await writeContentFolder(files);
    const { code, output } = await failingBuild(dir);
    expect(code).toBe(1);
    for (const text of expected) expect(output).toContain(text);
  });

  it('a symbolic link to a file outside content/, a `slug:` takeover, a GBK file, an alias bomb and lists nested 5,000 deep fail with each file named', async () => {
    const outside = await mkdtemp(join(tmpdir(), 'zhiku-outside-'));
    await writeFile(join(outside, 'secret.md'), good('Secret', '', 'Text that is not content.'));
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      ...'bcdefgh'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefg'[i]}`).join(', ')}]`),
    ];
    const dir = await writeContentFolder({
      'articles/en/a.md': good('A', '', 'The real A.'),
      'articles/en/b.md': good('B', 'slug: en/a', 'Takes over the page of A.'),
      'articles/en/bomb.md': good('Bomb', bomb.join('\n')),
      'articles/en/deep.md': good('Deep', '', Array.from({ length: 5000 }, (_, i) => `${'  '.repeat(i)}- item`).join('\n')),
    });
    await symlink(join(outside, 'secret.md'), join(dir, 'articles/en/leak.md'));
    await writeFile(
      join(dir, 'articles/en/gbk.md'),
      Buffer.concat([Buffer.from(good('甲', '', '')), Buffer.from([0xd6, 0xd0, 0xce, 0xc4, 0x0a])]),
    );
    const { code, output } = await failingBuild(dir);
    expect(code).toBe(1);
    for (const expected of [
      `${dir}/articles/en/leak.md  [file] is a symbolic link (to ${outside}/secret.md); the site reads only files stored in the content folder`,
      `${dir}/articles/en/b.md:4  [slug] "slug" is not a field: an article's slug is its file name`,
      `${dir}/articles/en/bomb.md:5  [frontmatter] YAML error: aliases (*name) expand to too many values (more than 100)`,
      `${dir}/articles/en/deep.md:55  [body] quotes, lists or other blocks are nested more than 100 levels deep here`,
      `${dir}/articles/en/gbk.md:7  [encoding] the file is not UTF-8: byte 0xD6 on line 7 is not`,
    ]) {
      expect(output).toContain(expected);
    }
    // Before, the alias bomb stopped the config and the deep list the validator, neither naming a file; the link published what it points at.
    expect(output).not.toMatch(/Unable to load your Astro config|Excessive alias count|Maximum call stack/);
  });

  it('`npm run check` fails with the same report, before astro check runs', async () => {
    const dir = await writeContentFolder({
      'articles/en/Bad_Slug.md': good('A'),
      'articles/en/empty.md': good('Empty', '', ''),
    });
    const { code, output } = await check(dir);
    expect(code).toBe(1);
    expect(output).toContain('Content validation found 2 problems:');
    expect(output).toContain(
      `${dir}/articles/en/Bad_Slug.md  [file name] "en/Bad_Slug.md" has the slug "Bad_Slug", which is not lowercase ASCII`,
    );
    expect(output).toContain(
      `${dir}/articles/en/empty.md:5  [body] the article has no text → write the article below the frontmatter, or mark it \`kind: brief\``,
    );
    expect(output).not.toContain('Getting diagnostics');
  });

  describe('images', () => {
    /** A content folder with a real image, an image over 5 MB and a file no article shows, besides `files`. */
    async function withMedia(files: Record<string, string>): Promise<string> {
      const dir = await writeContentFolder(files);
      await mkdir(join(dir, 'media/charts'), { recursive: true });
      await copyFile(
        join(PROJECT_ROOT, 'tests/fixtures/media-site/media/charts/reserves-2024.png'),
        join(dir, 'media/charts/reserves.png'),
      );
      // Its size is what is checked: the validator stops the build before anything decodes it.
      await writeFile(join(dir, 'media/huge.jpg'), randomBytes(5 * 1024 * 1024 + 1));
      await writeFile(join(dir, 'media/unused.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>');
      return dir;
    }

    const IMAGE_ERRORS = {
      'articles/en/missing.md': good('Missing', '', 'Text.\n\n![Reserve chart](../../media/charts/reserve.png)'),
      'articles/en/no-alt.md': good('No alt', '', '![](../../media/charts/reserves.png)'),
      'articles/zh/huge.md': good('大图', '', '![交易台](../../media/huge.jpg)'),
      'articles/en/figure.mdx': good('Figure', '', 'Text.\n\n<Figure src="../../media/flow.svg" alt="Flow" caption="The flow." />'),
    };

    it('a missing file, a missing alt text and a file over 5 MB fail the build, each at its file and line', async () => {
      const dir = await withMedia(IMAGE_ERRORS);
      const { code, output } = await failingBuild(dir);
      expect(code).toBe(1);
      expect(output).toContain('Content validation found 4 problems:');
      for (const expected of [
        `${dir}/articles/en/missing.md:8  [image] ![Reserve chart](../../media/charts/reserve.png) points at media/charts/reserve.png, which does not exist → put the image in media/`,
        `${dir}/articles/en/no-alt.md:6  [image] ![](../../media/charts/reserves.png) has no alt text → say what the image shows`,
        `${dir}/articles/zh/huge.md:6  [image] ![交易台](../../media/huge.jpg) points at media/huge.jpg, which is 5.0 MB, over the limit of 5.0 MB → save a smaller file`,
        `${dir}/articles/en/figure.mdx:8  [component] <Figure> src "../../media/flow.svg" points at media/flow.svg, which does not exist`,
      ]) {
        expect(output).toContain(expected);
      }
      // The unused file is a warning, listed but not counted among the problems.
      expect(output).toContain(`⚠ ${dir}/media/unused.svg  [media] no article shows this file`);
      expect(output).not.toMatch(/ImageNotFound|Could not find requested image/);
    });

    it('`npm run check` lists the same problems, and the unused media file as a warning', async () => {
      const dir = await withMedia(IMAGE_ERRORS);
      const { code, output } = await check(dir);
      expect(code).toBe(1);
      expect(output).toContain('Content validation found 1 warning (the build goes on):');
      expect(output).toContain(`  ⚠ ${dir}/media/unused.svg  [media] no article shows this file → show it in an article`);
      expect(output).toContain('Content validation found 4 problems:');
    });
  });
});
