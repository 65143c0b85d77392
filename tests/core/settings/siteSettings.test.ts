import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/core/content/contentProblem';
import { DEFAULT_SITE_SETTINGS, editLink, parseSiteSettings, siteStrings } from '../../../src/core/settings/siteSettings';

const BASE = ['name: { en: Wiki, zh: 维基 }', 'description: { en: About things., zh: 关于事物。 }'];
const parse = (...extra: string[]) => parseSiteSettings([...BASE, ...extra].join('\n'), 'content/site.yaml');
const errors = (...extra: string[]) => parse(...extra).problems.map(formatProblem);

describe('parseSiteSettings', () => {
  it('reads a minimal file with the defaults filled in', () => {
    expect(parse().settings).toEqual({ ...BASE_SETTINGS, base: '/', lastUpdated: 'frontmatter', links: [] });
  });

  it('reads every setting', () => {
    const { settings, problems } = parse(
      'url: https://kb.example.org',
      'editUrl: https://github.com/org/kb/edit/main/',
      'lastUpdated: git',
      'socialImage: { src: /card.png, alt: { en: A card, zh: 卡片 } }',
      'footer: { en: Foot, zh: 页脚 }',
      'links:',
      '  - { label: { en: Code, zh: 代码 }, url: https://github.com/org/kb }',
    );
    expect(problems).toEqual([]);
    expect(settings).toMatchObject({
      url: 'https://kb.example.org',
      editUrl: 'https://github.com/org/kb/edit/main/',
      lastUpdated: 'git',
      socialImage: { src: '/card.png', alt: { en: 'A card', zh: '卡片' } },
      links: [{ label: { en: 'Code', zh: '代码' }, url: 'https://github.com/org/kb' }],
    });
  });

  it.each([
    [['titel: x'], 'content/site.yaml:3  [titel] is not a setting'],
    [['name2: { en: a }'], 'content/site.yaml:3  [name2] is not a setting'],
    [['lastUpdated: always'], 'content/site.yaml:3  [lastUpdated]'],
    [['editUrl: javascript:alert(1)'], 'content/site.yaml:3  [editUrl] must be an http:// or https:// address'],
    [['url: ftp://kb.example.org'], 'content/site.yaml:3  [url] must be an http:// or https:// address'],
    [['base: /kb'], 'content/site.yaml:3  [base] "/kb" is not a path the site can be served under: it must start and end with `/`'],
    [['base: kb/'], 'content/site.yaml:3  [base] "kb/" is not a path'],
    [['base: /k b/'], 'content/site.yaml:3  [base] "/k b/" is not a path'],
    [['base: /kb/../'], 'content/site.yaml:3  [base] "/kb/../" is not a path'],
    [['base: //kb/'], 'content/site.yaml:3  [base] "//kb/" is not a path'],
    [['base: 3'], 'content/site.yaml:3  [base] must be a path, e.g. `/kb/`'],
    [['socialImage: { src: card.png, alt: { en: a, zh: 乙 } }'], 'content/site.yaml:3  [socialImage.src] must be a path under public/'],
    [['footer: { en: Foot }'], 'content/site.yaml:3  [footer.zh]'],
    [
      ['links:', '  - { label: { en: a, zh: 乙 }, url: https://a.org, target: _blank }'],
      'content/site.yaml:4  [links.0.target] is not a setting',
    ],
  ])('%j is reported at its line: %s', (extra, start) => {
    const found = errors(...extra);
    expect(found).toHaveLength(1);
    expect(found[0]!.startsWith(start)).toBe(true);
    expect(found[0]).toContain(' → ');
  });

  it.each(['/', '/kb/', '/docs/kb-2/', '/v1.2/~team/'])('accepts the base path %s', (base) => {
    expect(parse(`base: ${base}`)).toMatchObject({ problems: [], settings: { base } });
  });

  it('names a missing required setting and reports YAML errors at their line', () => {
    expect(parseSiteSettings('name: { en: a, zh: 乙 }', 'site.yaml').problems.map((p) => p.field)).toEqual(['description']);
    expect(parseSiteSettings('name: [unclosed', 'site.yaml').problems[0]).toMatchObject({ field: 'YAML', line: 1 });
  });
});

const BASE_SETTINGS = { name: { en: 'Wiki', zh: '维基' }, description: { en: 'About things.', zh: '关于事物。' } };

describe('siteStrings', () => {
  it('gives the identity strings, with the description standing in for what is absent', () => {
    expect(siteStrings(parse().settings!)).toEqual({
      en: {
        'site.name': 'Wiki',
        'site.description': 'About things.',
        'site.tagline': 'About things.',
        'home.title': 'About things.',
        'landing.title': 'Wiki 维基',
        'footer.text': 'About things.',
      },
      zh: {
        'site.name': '维基',
        'site.description': '关于事物。',
        'site.tagline': '关于事物。',
        'home.title': '关于事物。',
        'landing.title': 'Wiki 维基',
        'footer.text': '关于事物。',
      },
    });
  });

  it('names the landing page once when both languages share the name', () => {
    expect(siteStrings({ ...DEFAULT_SITE_SETTINGS, name: { en: 'KB', zh: 'KB' } }).en['landing.title']).toBe('KB');
  });
});

describe('editLink', () => {
  it.each([
    [undefined, 'content/articles/en/a.md', undefined],
    ['https://github.com/o/kb/edit/main/', 'content/articles/en/a.md', 'https://github.com/o/kb/edit/main/content/articles/en/a.md'],
    [
      'https://github.com/o/kb/edit/main',
      './content/articles/zh/a b.mdx',
      'https://github.com/o/kb/edit/main/content/articles/zh/a%20b.mdx',
    ],
  ])('%s + %s => %s', (url, file, expected) => expect(editLink(url, file)).toBe(expected));
});
