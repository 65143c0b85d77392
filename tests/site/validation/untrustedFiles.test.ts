import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, validateContentDir } from '../../../src/site/validation';
import { article, writeContentFolder } from '../../helpers/contentFolder';

const ok = (title: string, extra = '', body?: string) => article(`title: ${title}\ndate: 2019-11-18${extra ? `\n${extra}` : ''}`, body);
const TOPIC = (extra = '') => `- id: regulation\n  name: { en: Regulation, zh: 监管 }\n  description: { en: Rules., zh: 规则。 }${extra}\n`;

/** Bytes of a file saved as GBK (中文 is D6 D0 CE C4) or Latin-1 (é is E9): neither is UTF-8. */
const gbk = (before: string, after = '') => Buffer.concat([Buffer.from(before), Buffer.from([0xd6, 0xd0, 0xce, 0xc4]), Buffer.from(after)]);

/** An alias bomb ("billion laughs"): each line repeats the one above nine times. */
const BOMB = [
  'a: &a [x, x, x, x, x, x, x, x, x]',
  ...'bcdefgh'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefg'[i]}`).join(', ')}]`),
].join('\n');

/** YAML nested `depth` levels deep, flow style. */
const deepYaml = (depth: number) => `${'['.repeat(depth)}x${']'.repeat(depth)}`;

/**
 * Every problem of a content folder written from `files` (strings or bytes), after `prepare`
 * added what a string cannot say (symbolic links), as `file:line  [field] message → fix`.
 */
async function problemsOf(files: Record<string, string | Buffer>, prepare?: (dir: string) => void): Promise<string[]> {
  const texts = Object.fromEntries(Object.entries(files).filter(([, v]) => typeof v === 'string')) as Record<string, string>;
  const dir = await writeContentFolder(texts);
  for (const [path, bytes] of Object.entries(files)) {
    if (typeof bytes === 'string') continue;
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), bytes);
  }
  prepare?.(dir);
  return validateContentDir(dir).map((p) => formatProblem({ ...p, file: p.file.replace(`${dir}/`, '') }));
}

describe('strict frontmatter: a key the site does not read is an error at its line', () => {
  it.each<[string, Record<string, string>, string[]]>([
    [
      'a slug that would take over another article',
      { 'articles/en/a.md': ok('A'), 'articles/en/b.md': ok('B', 'slug: en/a') },
      [
        'articles/en/b.md:4  [slug] "slug" is not a field: an article\'s slug is its file name, content/articles/<lang>/<slug>.md → remove `slug:`; to give the article another URL, rename the file and list the old slug in `aliases:`',
      ],
    ],
    [
      'a slug that walks out of the folder',
      { 'articles/zh/b.md': ok('乙', 'slug: ../../x') },
      [
        'articles/zh/b.md:4  [slug] "slug" is not a field: an article\'s slug is its file name, content/articles/<lang>/<slug>.md → remove `slug:`; to give the article another URL, rename the file and list the old slug in `aliases:`',
      ],
    ],
    [
      'a typo of a field',
      { 'articles/en/a.md': article('titel: A\ndate: 2019-11-18') },
      [
        'articles/en/a.md:1  [title] is missing → add a non-empty `title:` line to the frontmatter',
        'articles/en/a.md:2  [titel] "titel" is not a field of the frontmatter → remove it, or correct its name: the fields of the frontmatter are title, description, date, dateFrom, updated, authors, source, topics, cover, translation, aliases, draft, kind, imported',
      ],
    ],
    [
      'an unknown key inside source',
      { 'articles/en/a.md': ok('A', 'source:\n  name: Reuters\n  link: https://example.org/') },
      [
        'articles/en/a.md:6  [source.link] "link" is not a field of `source:` → remove it, or correct its name: the fields of `source:` are name, url, title',
      ],
    ],
    [
      'an unknown key and language in topics.yaml',
      { 'articles/en/a.md': ok('A'), 'topics.yaml': TOPIC('\n  slug: rules\n  name2: x').replace('zh: 监管', 'zh: 监管, fr: Régulation') },
      [
        'topics.yaml:2  [topics[0].name.fr] "fr" is not a language of the site → write the name in en, zh only',
        'topics.yaml:4  [topics[0].slug] "slug" is not a field of a topic → remove it, or correct its name: a topic has id, name, description',
        'topics.yaml:5  [topics[0].name2] "name2" is not a field of a topic → remove it, or correct its name: a topic has id, name, description',
      ],
    ],
    [
      'an unknown key in glossary.yaml (already strict)',
      { 'articles/en/a.md': ok('A'), 'glossary.yaml': '- en: stablecoin\n  zh: 稳定币\n  slug: x\n' },
      ['glossary.yaml:3  [glossary[0].slug] has an unknown field "slug" → use only the fields id, en, zh, definition, note'],
    ],
  ])('%s', async (_name, files, expected) => {
    expect(await problemsOf(files)).toEqual(expected);
  });
});

describe('impossible dates are errors at their line', () => {
  it('refuses 30 February and 31 November, which JavaScript rolls over into the next month', async () => {
    expect(await problemsOf({ 'articles/en/a.md': article('title: A\ndate: 2019-02-30\nupdated: 2019-11-31T08:00:00Z') })).toEqual([
      'articles/en/a.md:3  [date] "2019-02-30" is not a valid date: February 2019 has 28 days → write the publication date as YYYY-MM-DD, e.g. `date: 2019-11-18`',
      'articles/en/a.md:4  [updated] "2019-11-31T08:00:00Z" is not a valid date: November 2019 has 30 days → write the date of the last real change as YYYY-MM-DD, or remove `updated:`',
    ]);
  });

  it('accepts real days however YAML writes them: a leap day, quoted, a timestamp', async () => {
    const files = {
      'articles/en/a.md': article('title: A\ndate: 2020-02-29\nupdated: "2020-03-01"'),
      'articles/en/b.md': article("title: B\ndate: '2019-11-30'\nupdated: 2019-12-31T23:59:59+08:00"),
    };
    expect(await problemsOf(files)).toEqual([]);
  });
});

describe('files must be UTF-8', () => {
  it('names the file and the line of the first byte that is not, for articles, topics.yaml and glossary.yaml', async () => {
    const problems = await problemsOf({
      'articles/zh/a.md': gbk('---\ntitle: A\ndate: 2019-11-18\n---\n\n', '\n'),
      'articles/en/b.md': Buffer.concat([Buffer.from(ok('B', '', 'Caf')), Buffer.from([0xe9, 0x0a])]),
      'topics.yaml': Buffer.concat([Buffer.from(TOPIC()), gbk('# ')]),
      'glossary.yaml': gbk('- en: stablecoin\n  zh: ', '\n'),
    });
    const fix = (file: string) =>
      `save it as UTF-8 in your editor, or convert it, e.g. \`iconv -f GBK -t UTF-8 FOLDER/${file} > converted && mv converted FOLDER/${file}\``;
    expect(problems.map((p) => p.replace(/iconv .*/, (m) => m.replace(/\/tmp\/zhiku-content-\w+/g, 'FOLDER')))).toEqual([
      `articles/en/b.md:7  [encoding] the file is not UTF-8: byte 0xE9 on line 7 is not (perhaps the file was saved as GBK or Latin-1) → ${fix('articles/en/b.md')}`,
      `articles/zh/a.md:6  [encoding] the file is not UTF-8: byte 0xD6 on line 6 is not (perhaps the file was saved as GBK or Latin-1) → ${fix('articles/zh/a.md')}`,
      `glossary.yaml:2  [encoding] the file is not UTF-8: byte 0xD6 on line 2 is not (perhaps the file was saved as GBK or Latin-1) → ${fix('glossary.yaml')}`,
      `topics.yaml:4  [encoding] the file is not UTF-8: byte 0xD6 on line 4 is not (perhaps the file was saved as GBK or Latin-1) → ${fix('topics.yaml')}`,
    ]);
  });

  it('accepts UTF-8 with a byte-order mark and Windows line endings', async () => {
    const files = { 'articles/zh/a.md': `\uFEFF${ok('甲', '', '中文段落\n换行').replace(/\n/g, '\r\n')}` };
    expect(await problemsOf(files)).toEqual([]);
  });
});

describe('symbolic links inside content/ are errors, wherever they point', () => {
  it('names each link and its target: an article to a file outside, an article to another, a media file and topics.yaml', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'zhiku-outside-'));
    writeFileSync(join(outside, 'secret.md'), ok('Secret', '', 'Not for readers.'));
    writeFileSync(join(outside, 'topics.yaml'), TOPIC());
    const problems = await problemsOf(
      { 'articles/en/a.md': ok('A', '', '![Chart](../../media/chart.png)'), 'media/real.png': 'x' },
      (dir) => {
        symlinkSync(join(outside, 'secret.md'), join(dir, 'articles/en/leak.md'));
        symlinkSync('a.md', join(dir, 'articles/en/twin.md'));
        symlinkSync('real.png', join(dir, 'media/chart.png'));
        symlinkSync(join(outside, 'topics.yaml'), join(dir, 'topics.yaml.link'));
      },
    );
    const fix = 'replace the link with a copy of the file itself (or, for an article, a wikilink to the article it points at)';
    const says = 'the site reads only files stored in the content folder';
    expect(problems.filter((p) => p.includes('[file]'))).toEqual([
      `articles/en/leak.md  [file] is a symbolic link (to ${outside}/secret.md); ${says} → ${fix}`,
      `articles/en/twin.md  [file] is a symbolic link (to a.md); ${says} → ${fix}`,
      `media/chart.png  [file] is a symbolic link (to real.png); ${says} → ${fix}`,
      `topics.yaml.link  [file] is a symbolic link (to ${outside}/topics.yaml); ${says} → ${fix}`,
    ]);
  });

  it('names a linked topics.yaml and articles folder, and reads neither', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'zhiku-outside-'));
    writeFileSync(join(outside, 'topics.yaml'), TOPIC());
    const problems = await problemsOf({ 'media/x.txt': 'x' }, (dir) => {
      writeFileSync(join(dir, 'topics.yaml.gone'), '');
      symlinkSync(outside, join(dir, 'articles'));
      symlinkSync(join(outside, 'topics.yaml'), join(dir, 'topics.yaml.2'));
    });
    expect(problems.filter((p) => p.includes('[file]')).map((p) => p.split('  ')[0])).toEqual(['articles', 'topics.yaml.2']);
  });
});

describe('YAML and Markdown that exhaust a parser fail with the file and line named', () => {
  const exhaustedFix =
    'write the values out plainly: no aliases (`&name`/`*name`) that repeat lists, no lists or maps nested inside each other more than a few levels';

  it.each<[string, Record<string, string>, string[]]>([
    [
      'an alias bomb in frontmatter',
      { 'articles/en/a.md': ok('A', BOMB) },
      [`articles/en/a.md:5  [frontmatter] YAML error: aliases (*name) expand to too many values (more than 100) → ${exhaustedFix}`],
    ],
    [
      'an alias bomb in topics.yaml and in glossary.yaml',
      {
        'articles/en/a.md': ok('A'),
        'topics.yaml': `${TOPIC()}- ${BOMB.replace(/\n/g, '\n  ')}\n`,
        'glossary.yaml': `- ${BOMB.replace(/\n/g, '\n  ')}\n`,
      },
      [
        `glossary.yaml:2  [YAML] aliases (*name) expand to too many values (more than 100) → ${exhaustedFix}`,
        `topics.yaml:5  [YAML] aliases (*name) expand to too many values (more than 100) → ${exhaustedFix}`,
      ],
    ],
    [
      'lists nested 5,000 deep in frontmatter, topics.yaml and glossary.yaml',
      {
        'articles/en/a.md': ok('A', `authors: ${deepYaml(5000)}`),
        'topics.yaml': `${TOPIC()}- id: deep\n  name: ${deepYaml(5000)}\n`,
        'glossary.yaml': `- en: stablecoin\n  zh: ${deepYaml(5000)}\n`,
      },
      [
        `articles/en/a.md:4  [frontmatter] YAML error: lists or maps are nested too deeply to read → ${exhaustedFix}`,
        `glossary.yaml:2  [YAML] lists or maps are nested too deeply to read → ${exhaustedFix}`,
        `topics.yaml:5  [YAML] lists or maps are nested too deeply to read → ${exhaustedFix}`,
      ],
    ],
    [
      'frontmatter nested 500 deep, which YAML reads: the message quotes it short',
      { 'articles/en/a.md': ok('A', `authors: ${deepYaml(500)}`) },
      [
        `articles/en/a.md:4  [authors.0] is invalid (${JSON.stringify(JSON.parse(deepYaml(500).replace('x', '"x"'))[0]).slice(0, 79)}…): Invalid input: expected string, received array → list names, e.g. \`authors: [Li Wei]\``,
      ],
    ],
    [
      'blockquotes and lists nested thousands deep in Markdown and MDX bodies',
      {
        'articles/en/quotes.md': ok('Q', '', `Intro.\n\n${'> '.repeat(5000)}deep`),
        'articles/en/list.md': ok('L', '', Array.from({ length: 5000 }, (_, i) => `${'  '.repeat(i)}- item`).join('\n')),
        'articles/en/deep.mdx': ok('M', '', Array.from({ length: 3000 }, (_, i) => `${'  '.repeat(i)}- item`).join('\n')),
      },
      [
        'articles/en/deep.mdx:55  [body] quotes, lists or other blocks are nested more than 100 levels deep here → flatten the nesting: no article needs blocks inside blocks this deep',
        'articles/en/list.md:55  [body] quotes, lists or other blocks are nested more than 100 levels deep here → flatten the nesting: no article needs blocks inside blocks this deep',
        'articles/en/quotes.md:8  [body] quotes, lists or other blocks are nested more than 100 levels deep here → flatten the nesting: no article needs blocks inside blocks this deep',
      ],
    ],
  ])('%s', async (_name, files, expected) => {
    expect(await problemsOf(files)).toEqual(expected);
  });

  it('accepts an alias used a few times and lists nested a few levels', async () => {
    const files = { 'articles/en/a.md': ok('A', 'authors: &who [Li Wei]', 'Text.\n\n> - a\n>   > - b\n>   >   > c') };
    expect(await problemsOf(files)).toEqual([]);
  });
});
