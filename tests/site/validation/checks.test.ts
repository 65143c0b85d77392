import { describe, expect, it } from 'vitest';
import { aliasProblems } from '../../../src/site/validation/checks/aliases';
import { articleLinkProblems } from '../../../src/site/validation/checks/articleLinks';
import { asideProblems } from '../../../src/site/validation/checks/asides';
import { mdxComponentProblems } from '../../../src/site/validation/checks/mdxComponents';
import { duplicateSlugs } from '../../../src/site/validation/checks/duplicateSlugs';
import { sitePathProblems } from '../../../src/site/validation/checks/sitePathLinks';
import { readTopics } from '../../../src/site/validation/checks/topicList';
import { translationOriginals } from '../../../src/site/validation/checks/translationOriginals';
import { aliasTarget, contentModel, hasPublishedVersion } from '../../../src/site/validation/contentModel';
import { CONTENT_CHECKS } from '../../../src/site/validation/validateContent';

const TOPICS = {
  file: 'topics.yaml',
  text: '- id: regulation\n  name: { en: Regulation, zh: 监管 }\n  description: { en: Rules, zh: 规则 }\n',
};

const GLOSSARY = {
  file: 'glossary.yaml',
  text: '- { zh: 稳定币, en: stablecoin }\n- { zh: 旅行规则, en: Travel rule, id: fatf-travel-rule }\n',
};

/** A model of articles given as `path => [extra frontmatter lines, body]`, all valid unless a test makes them not. */
function modelOf(files: Record<string, [string, string?]>) {
  const articles = Object.entries(files).map(([path, [extra, body]]) => ({
    path,
    file: `articles/${path}`,
    text: `---\ntitle: T\ndate: 2019-11-18\n${extra ? `${extra}\n` : ''}---\n\n${body ?? 'Text.'}\n`,
  }));
  return contentModel({ articles, topics: TOPICS, glossary: GLOSSARY });
}

const messages = (problems: { file: string; line?: number; message: string }[]) =>
  problems.map((p) => `${p.file}:${p.line ?? ''} ${p.message}`);

describe('the named checks', () => {
  it('run in a fixed order, each under its own name', () => {
    expect(CONTENT_CHECKS.map((c) => c.name)).toEqual([
      'no symbolic links',
      'topic list',
      'glossary',
      'site settings',
      'article files',
      'one file per slug and language',
      'translations have their original',
      'aliases',
      'links to articles',
      'links to site paths',
      'asides',
      'MDX components',
      'images',
      'cover pictures',
      'link addresses',
      'HTML elements',
      'MDX is content, not code',
      'links to media files',
    ]);
  });
});

describe('readTopics', () => {
  it.each([
    ['no topic list', undefined, [], ['topics.yaml: the topic list is missing']],
    ['a good list', TOPICS, ['regulation'], []],
    ['a map instead of a list', { file: 't.yaml', text: 'id: a\n' }, [], ['t.yaml: is not a list']],
    ['broken YAML, on the line where it breaks', { file: 't.yaml', text: '- id: a\n- id: [\n' }, [], ['t.yaml:3 Flow sequence']],
    [
      'an id that is not a slug',
      { file: 't.yaml', text: '- id: Bad Id\n  name: { en: A, zh: 甲 }\n  description: { en: A, zh: 甲 }\n' },
      [],
      ['t.yaml: "Bad Id" is not a lowercase ASCII id'],
    ],
  ])('%s', (_, topics, ids, expected) => {
    const { ids: got, problems } = readTopics({ topics });
    expect([...got]).toEqual(ids);
    const shown = messages(problems);
    expect(shown.length).toBe(expected.length);
    expected.forEach((e, i) => expect(shown[i]).toContain(e));
  });
});

describe('duplicateSlugs', () => {
  it('names the other file in each of two files with one slug in one language', () => {
    expect(messages(duplicateSlugs(modelOf({ 'en/a.md': [''], 'en/a.mdx': [''], 'zh/a.md': [''] })))).toEqual([
      'articles/en/a.md: the slug "en/a" is also used by articles/en/a.mdx',
      'articles/en/a.mdx: the slug "en/a" is also used by articles/en/a.md',
    ]);
  });
});

describe('translationOriginals', () => {
  it.each([
    ['an original that exists', { 'en/a.md': [''], 'zh/a.md': ['translation: { from: en }'] }, []],
    [
      'a missing original',
      { 'zh/a.md': ['translation: { from: en }'] },
      ['articles/zh/a.md:4 says this translates en/a, which does not exist'],
    ],
    ['its own language', { 'en/a.md': ['translation: { from: en }'] }, ['articles/en/a.md:4 names the file\'s own language "en"']],
  ] as [string, Record<string, [string]>, string[]][])('%s', (_, files, expected) => {
    expect(messages(translationOriginals(modelOf(files)))).toEqual(expected);
  });

  it('finds no line for a translation whose original exists (finding one parses the YAML again)', () => {
    const model = modelOf({ 'en/a.md': [''], 'zh/a.md': ['translation: { from: en }'] });
    for (const article of model.articles)
      article.lineOf = () => {
        throw new Error('lineOf asked for an article with no problem');
      };
    expect(translationOriginals(model)).toEqual([]);
  });
});

describe('aliasProblems and aliasTarget', () => {
  it('refuses an alias that is a live slug, and one alias on two articles', () => {
    const model = modelOf({ 'en/a.md': ['aliases: [b, old]'], 'zh/b.md': [''], 'en/c.md': ['aliases: [old]'] });
    expect(messages(aliasProblems(model))).toEqual([
      'articles/en/a.md:4 the alias "b" is the slug of articles/zh/b.md',
      'articles/en/a.md:4 the alias "old" is also claimed by articles/en/c.md',
      'articles/en/c.md:4 the alias "old" is also claimed by articles/en/a.md',
    ]);
  });

  it('lets one article keep an alias in both languages', () => {
    const model = modelOf({ 'en/a.md': ['aliases: [old]'], 'zh/a.md': ['aliases: [old]'] });
    expect(aliasProblems(model)).toEqual([]);
    expect(aliasTarget(model, 'old')).toBe('a');
    expect(aliasTarget(model, 'a')).toBeUndefined();
  });
});

describe('articleLinkProblems', () => {
  it.each([
    ['a wikilink that resolves', { 'en/a.md': ['', 'See [[b]].'], 'en/b.md': [''] }, []],
    ['a broken wikilink, on its file line', { 'en/a.md': ['', 'First.\n\nSee [[nope]].'] }, [/^articles\/en\/a\.md:8 broken link/]],
    [
      'a link to a draft',
      { 'en/a.md': ['', 'See [[b]].'], 'en/b.md': ['draft: true'] },
      [/^articles\/en\/a\.md:6 "\[\[b\]\]" points at a draft \(articles\/en\/b\)/],
    ],
    ['nothing from a draft', { 'en/a.md': ['draft: true', 'See [[nope]].'] }, []],
  ] as [string, Record<string, [string, string?]>, RegExp[]][])('%s', (_, files, expected) => {
    const shown = messages(articleLinkProblems(modelOf(files)));
    expect(shown.length).toBe(expected.length);
    expected.forEach((e, i) => expect(shown[i]).toMatch(e));
  });

  it('warns at the line of a link to an old slug, naming the new one, and fails nothing', () => {
    const model = modelOf({
      'en/a.md': ['', 'See [[old-b]], [[zh:old-b#x|text]]\nand [file](../zh/old-b.md).'],
      'en/b.md': ['aliases: [old-b]'],
      'zh/b.md': [''],
    });
    expect(articleLinkProblems(model).map((p) => `${p.file}:${p.line} ${p.message} → ${p.fix} ${p.warning}`)).toEqual([
      'articles/en/a.md:6 "[[old-b]]" names the old slug of "b" → write [[b]] true',
      'articles/en/a.md:6 "[[zh:old-b#x|text]]" names the old slug of "b" → write [[zh:b#x|text]] true',
      'articles/en/a.md:7 "../zh/old-b.md" names the old slug of "b" → write "b" instead of "old-b" true',
    ]);
  });
});

describe('sitePathProblems and hasPublishedVersion', () => {
  it.each([
    ['an article path that exists', '[b](/en/articles/b/)', []],
    ['an old slug kept as an alias', '[b](/zh/articles/old-b/)', []],
    ['a relative path to an article', '[b](../b/)', []],
    [
      'an unknown article',
      '[x](/en/articles/nope/)',
      ['articles/en/a.md:6 "/en/articles/nope/" points at the article "nope", which does not exist'],
    ],
    ['a draft', '[d](/en/articles/d/)', ['articles/en/a.md:6 "/en/articles/d/" points at a draft (articles/en/d.md)']],
    [
      'an unknown topic',
      '[t](/en/topics/nope/)',
      ['articles/en/a.md:6 "/en/topics/nope/" points at the topic "nope", which does not exist'],
    ],
    ['a known topic, another site and an anchor', '[t](/en/topics/regulation/) [w](https://example.org/en/articles/nope/) [h](#top)', []],
  ])('%s', (_, body, expected) => {
    const model = modelOf({ 'en/a.md': ['', body], 'en/b.md': ['aliases: [old-b]'], 'en/d.md': ['draft: true'] });
    expect(messages(sitePathProblems(model))).toEqual(expected);
    expect([hasPublishedVersion(model, 'b'), hasPublishedVersion(model, 'd')]).toEqual([true, false]);
  });
});

describe('asideProblems', () => {
  it('accepts the four asides in Markdown and MDX, and names an unknown one with its line', () => {
    const model = modelOf({
      'en/a.md': ['', ':::note\nA.\n:::\n\n:::tip[T]\nB.\n:::\n\n:::warning\nC.\n:::'],
      'en/b.mdx': ['', ':::caution\nD.\n:::\n\n:::danger\nE.\n:::\n\n:::info\nF.\n:::'],
      'zh/c.md': ['', '比例1:2，见:引用。\n\n::leaf'],
    });
    expect(messages(asideProblems(model))).toEqual([
      'articles/en/a.md:14 unknown aside ":::warning"',
      'articles/en/b.mdx:14 unknown aside ":::info"',
    ]);
    expect(asideProblems(model)[0]!.fix).toBe('use one of :::note, :::tip, :::caution, :::danger');
  });
});

describe('mdxComponentProblems', () => {
  const problems = (body: string, extra: Record<string, [string, string?]> = {}) =>
    messages(
      mdxComponentProblems(
        modelOf({ 'en/here.mdx': ['', body], 'en/other.md': [''], 'zh/only-zh.md': [''], 'en/wip.md': ['draft: true'], ...extra }),
      ),
    );

  it('warns at an <ArticleCard> that names an old slug, with the new one', () => {
    const found = mdxComponentProblems(
      modelOf({ 'en/here.mdx': ['', 'Intro.\n\n<ArticleCard slug="old-other" />'], 'en/other.md': ['aliases: [old-other]'] }),
    );
    expect(found.map((p) => `${p.file}:${p.line} ${p.message} → ${p.fix} ${p.warning}`)).toEqual([
      'articles/en/here.mdx:8 "<ArticleCard slug="old-other">" names the old slug of "other" → write <ArticleCard slug="other"> true',
    ]);
  });

  it('accepts every component used as documented', () => {
    const body = [
      '<Callout type="tip" title="Keep it short">Text with *emphasis*.</Callout>',
      '<Callout type="danger">\n\nA paragraph.\n\n</Callout>',
      '<ArticleCard slug="other" />',
      '<ArticleCard slug="only-zh" lang="zh" />',
      '<ArticleCard slug="only-zh" />',
      '<Quote source="FATF" href="https://www.fatf-gafi.org/" date="2019-06-21">Words.</Quote>',
      '<Quote>Anonymous words.</Quote>',
      '<Callout type={"note"} title={\'Quoted\'}>x</Callout>',
      'A <Term id="stablecoin" /> and <Term id="fatf-travel-rule">the travel rule</Term>.',
      '<div class="plain-html">HTML elements are not components</div>',
    ].join('\n\n');
    expect(problems(body)).toEqual([]);
  });

  it.each([
    ['<Aside type="note">x</Aside>', 'articles/en/here.mdx:6 unknown component <Aside>'],
    ['<Callout>x</Callout>', 'articles/en/here.mdx:6 <Callout> needs the prop "type"'],
    ['<Callout type="warning">x</Callout>', 'articles/en/here.mdx:6 <Callout> prop "type" expected one of "note"|"tip"|"caution"|"danger"'],
    ['<Callout type="note" colour="red">x</Callout>', 'articles/en/here.mdx:6 <Callout> has no prop "colour"'],
    ['<Callout type="note" title={3}>x</Callout>', 'articles/en/here.mdx:6 <Callout> prop "title" expected string, received number'],
    ['<Callout type="note" title={heading}>x</Callout>', 'articles/en/here.mdx:6 <Callout> prop "title" is the expression {heading}'],
    ['<Callout {...props}>x</Callout>', 'articles/en/here.mdx:6 <Callout> spreads props ({...}), which cannot be checked'],
    [
      '<ArticleCard slug="nope" />',
      'articles/en/here.mdx:6 <ArticleCard> broken link "[[nope]]": no article "nope" exists in any language',
    ],
    [
      '<ArticleCard slug="other" lang="zh" />',
      'articles/en/here.mdx:6 <ArticleCard> broken link "[[zh:other]]": no zh version of "other" exists',
    ],
    ['<ArticleCard slug="wip" />', 'articles/en/here.mdx:6 <ArticleCard> "wip" is a draft (articles/en/wip), which has no page'],
    [
      '<ArticleCard slug="Other_Slug" />',
      'articles/en/here.mdx:6 <ArticleCard> prop "slug" must be an article slug: lowercase letters, digits and single hyphens',
    ],
    ['<ArticleCard />', 'articles/en/here.mdx:6 <ArticleCard> needs the prop "slug"'],
    ['<ArticleCard slug="other">text</ArticleCard>', 'articles/en/here.mdx:6 <ArticleCard> takes no content between its tags'],
    ['<Quote href="/en/">x</Quote>', 'articles/en/here.mdx:6 <Quote> prop "href" must be a full web address (https://…)'],
    ['<Quote date="June 2019">x</Quote>', 'articles/en/here.mdx:6 <Quote> prop "date" must be a date written YYYY-MM-DD'],
    ['Some text.\n\nA <Term2 /> inline.', 'articles/en/here.mdx:8 unknown component <Term2>'],
    [
      'Some text.\n\nA <Term id="travel-rule" /> inline.',
      'articles/en/here.mdx:8 <Term> names "travel-rule", which is no term of the glossary',
    ],
    [
      '<Term id="Stablecoin" />',
      'articles/en/here.mdx:6 <Term> prop "id" must be a glossary id: lowercase letters, digits and single hyphens',
    ],
    ['<Term />', 'articles/en/here.mdx:6 <Term> needs the prop "id"'],
  ])('%s => %s', (body, expected) => {
    expect(problems(body)[0]).toContain(expected);
  });

  it('leaves components the file imports or declares itself alone, and .md files (where tags are HTML)', () => {
    const body = "import Chart from '../../components/Chart.astro';\nexport const Box = () => null;\n\n<Chart />\n\n<Box />";
    expect(problems(body)).toEqual([]);
    expect(messages(mdxComponentProblems(modelOf({ 'en/plain.md': ['', '<Aside>x</Aside>'] })))).toEqual([]);
  });
});
