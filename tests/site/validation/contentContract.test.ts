import { describe, expect, it } from 'vitest';
import { formatProblem, formatReport } from '../../../src/core/content/contentProblem';
import { contractProblems } from '../../../src/site/validation/contract';
import { validateContent } from '../../../src/site/validation/validateContent';

const TOPICS = {
  file: 'topics.yaml',
  text: '- id: regulation\n  name: { en: Regulation, zh: 监管 }\n  description: { en: Rules, zh: 规则 }\n',
};

/** An article at `path` with a valid title and date, the extra frontmatter lines, and the body from line 6 on (7 with one extra line). */
const file = (path: string, body: string, extra = '') => ({
  path,
  file: `articles/${path}`,
  text: `---\ntitle: T\ndate: 2019-11-18\n${extra}---\n\n${body}\n`,
});

/** What the validator reports for one article, each problem as `npm run check` prints it. */
const reportOf = (path: string, body: string, extra = '') =>
  validateContent({ articles: [file(path, body, extra)], topics: TOPICS }).map(formatProblem);

const LINK_FIX = 'use an http:, https: or mailto: address, a site path (/en/articles/…), a relative path, a [[wikilink]] or a #fragment';
const ELEMENT_FIX =
  'remove it: an article may use Markdown and a short list of harmless HTML elements (details, summary, kbd, sup, sub, abbr, br, hr, tables, img, a, span, div…; see the writing guide)';
const SOURCE_FIX = 'write `source: { name: …, url: https://… }`';

describe('content is data: every hostile input of issue 22 is refused at its file and line, with the fix', () => {
  it.each<[string, string, string, string, string[]]>([
    [
      'a javascript: source.url',
      'en/a.md',
      'Text.',
      'source: { name: X, url: "javascript:alert(1)" }\n',
      [`articles/en/a.md:4  [source.url] is invalid ("javascript:alert(1)"): must be a web address (http:// or https://) → ${SOURCE_FIX}`],
    ],
    [
      'a data: source.url',
      'zh/a.md',
      '正文。',
      'source: { name: X, url: "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==" }\n',
      [
        `articles/zh/a.md:4  [source.url] is invalid ("data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="): must be a web address (http:// or https://) → ${SOURCE_FIX}`,
      ],
    ],
    [
      'a Markdown javascript: link',
      'en/a.md',
      '[x](javascript:alert(1))',
      '',
      [
        `articles/en/a.md:6  [link] the link "javascript:alert(1)" uses the scheme "javascript:", which an article may not use → ${LINK_FIX}`,
      ],
    ],
    [
      'a mixed-case scheme',
      'en/a.md',
      '[x](JaVaScRiPt:alert(1))',
      '',
      [
        `articles/en/a.md:6  [link] the link "JaVaScRiPt:alert(1)" uses the scheme "javascript:", which an article may not use → ${LINK_FIX}`,
      ],
    ],
    [
      'a colon written as an entity',
      'en/a.md',
      '[x](javascript&colon;alert(1))',
      '',
      [
        `articles/en/a.md:6  [link] the link "javascript:alert(1)" uses the scheme "javascript:", which an article may not use → ${LINK_FIX}`,
      ],
    ],
    [
      'a vbscript: link',
      'en/a.md',
      '[x](vbscript:msgbox(1))',
      '',
      [`articles/en/a.md:6  [link] the link "vbscript:msgbox(1)" uses the scheme "vbscript:", which an article may not use → ${LINK_FIX}`],
    ],
    [
      'a data: link',
      'en/a.md',
      '[x](data:text/html;base64,PHNjcmlwdD4=)',
      '',
      [
        `articles/en/a.md:6  [link] the link "data:text/html;base64,PHNjcmlwdD4=" uses the scheme "data:", which an article may not use → ${LINK_FIX}`,
      ],
    ],
    [
      'an autolink',
      'en/a.md',
      'See <javascript:alert(1)>.',
      '',
      [
        `articles/en/a.md:6  [link] the link "javascript:alert(1)" uses the scheme "javascript:", which an article may not use → ${LINK_FIX}`,
      ],
    ],
    [
      'a reference link, at its definition',
      'en/a.md',
      'See [the page][p].\n\n[p]: javascript:alert(1)',
      '',
      [
        `articles/en/a.md:8  [link] the link definition [p]: "javascript:alert(1)" uses the scheme "javascript:", which an article may not use → ${LINK_FIX}`,
      ],
    ],
    [
      'raw <script>',
      'en/a.md',
      'Text.\n\n<script>alert(1)</script>',
      '',
      [`articles/en/a.md:8  [HTML] <script> is not allowed in an article: it runs code in the reader’s browser → ${ELEMENT_FIX}`],
    ],
    [
      'an onerror attribute',
      'en/a.md',
      'Text <img src="x.png" alt="" onerror="alert(1)"> here.',
      '',
      ['articles/en/a.md:6  [HTML] the attribute "onerror" on <img> runs code in the reader’s browser → remove the attribute'],
    ],
    [
      'an <iframe>',
      'en/a.md',
      '<iframe src="https://example.org/"></iframe>',
      '',
      [`articles/en/a.md:6  [HTML] <iframe> is not allowed in an article: it embeds another page, which can run code → ${ELEMENT_FIX}`],
    ],
    [
      'a <form action="javascript:…">',
      'en/a.md',
      '<form action="javascript:alert(1)">\n<input type="submit">\n</form>',
      '',
      [
        `articles/en/a.md:6  [HTML] <form> is not allowed in an article: it sends the reader’s input elsewhere → ${ELEMENT_FIX}`,
        `articles/en/a.md:7  [HTML] <input> is not allowed in an article: it is part of a form, which sends the reader’s input elsewhere → ${ELEMENT_FIX}`,
      ],
    ],
    [
      'a <base href>',
      'en/a.md',
      '<base href="https://evil.example/">',
      '',
      [`articles/en/a.md:6  [HTML] <base> is not allowed in an article: it changes where every link of the page points → ${ELEMENT_FIX}`],
    ],
    [
      'a <style>',
      'en/a.md',
      '<style>body { display: none }</style>',
      '',
      [
        `articles/en/a.md:6  [HTML] <style> is not allowed in an article: it restyles the whole page, not just the article → ${ELEMENT_FIX}`,
      ],
    ],
    [
      'an inline element split over two HTML nodes, with a style attribute',
      'en/a.md',
      'Some <span style="position:fixed;inset:0">covering</span> text.',
      '',
      [
        'articles/en/a.md:6  [HTML] the attribute "style" on <span> is not allowed: the site’s stylesheet styles articles → remove the attribute; to mark text, use Markdown or a class',
      ],
    ],
    [
      'an MDX lowercase element with onClick',
      'en/a.mdx',
      'Click <span onClick="alert(1)">here</span>.',
      '',
      ['articles/en/a.mdx:6  [HTML] the attribute "onClick" on <span> runs code in the reader’s browser → remove the attribute'],
    ],
    [
      'an MDX element with an onerror handler given as code',
      'en/a.mdx',
      '<img src="x.png" alt="" onerror={() => alert(1)} />',
      '',
      [
        'articles/en/a.mdx:6  [HTML] <img> attribute "onerror" is the expression {() => alert(1)}, which is code → write a plain value, e.g. onerror="…"',
      ],
    ],
    [
      'an MDX href="javascript:…"',
      'en/a.mdx',
      '<a href="javascript:alert(1)">x</a>',
      '',
      [
        `articles/en/a.mdx:6  [HTML] <a href> "javascript:alert(1)" uses the scheme "javascript:", which an article may not use → ${LINK_FIX}`,
      ],
    ],
    [
      'an MDX href given as a literal expression',
      'en/a.mdx',
      "<a href={'javascript:alert(1)'}>x</a>",
      '',
      [
        `articles/en/a.mdx:6  [HTML] <a href> "javascript:alert(1)" uses the scheme "javascript:", which an article may not use → ${LINK_FIX}`,
      ],
    ],
    [
      'set:html with a <script>',
      'en/a.mdx',
      '<div set:html={"<script>alert(1)</script>"} />',
      '',
      [
        'articles/en/a.mdx:6  [HTML] <div> has the Astro directive "set:html", which puts unchecked HTML or code on the page → remove it: write the content in Markdown between the tags',
      ],
    ],
    [
      'import and export',
      'en/a.mdx',
      "import fs from 'node:fs'\n\nexport const secret = fs.readFileSync('/etc/passwd', 'utf8')\n\nText.",
      '',
      [
        'articles/en/a.mdx:6  [MDX] the MDX article imports or exports code: "import fs from \'node:fs\'" → remove it: articles use the site’s components (<Callout>, <Figure>…) without importing anything',
        "articles/en/a.mdx:8  [MDX] the MDX article imports or exports code: \"export const secret = fs.readFileSync('/etc/passwd', 'utf8')\" → remove it: articles use the site’s components (<Callout>, <Figure>…) without importing anything",
      ],
    ],
    [
      'an expression reading process.env',
      'en/a.mdx',
      'The home is {process.env.HOME}.',
      '',
      [
        'articles/en/a.mdx:6  [MDX] the {expression} {process.env.HOME} is code, which an article may not run → write the text itself; to show a literal brace, escape it as \\{',
      ],
    ],
    [
      'an expression reading a file',
      'en/a.mdx',
      "{require('fs').readFileSync('/etc/passwd', 'utf8')}",
      '',
      [
        "articles/en/a.mdx:6  [MDX] the {expression} {require('fs').readFileSync('/etc/passwd', 'utf8')} is code, which an article may not run → write the text itself; to show a literal brace, escape it as \\{",
      ],
    ],
    [
      'a spread on an element',
      'en/a.mdx',
      '<span {...props}>x</span>',
      '',
      ['articles/en/a.mdx:6  [HTML] <span> spreads attributes ({...props}), which is code → write each attribute out as name="value"'],
    ],
    [
      'a component prop with a javascript: address',
      'en/a.mdx',
      '<Quote href="javascript:alert(1)">Words.</Quote>',
      '',
      [
        'articles/en/a.mdx:6  [component] <Quote> prop "href" must be a full web address (https://…) → see "Components for MDX articles" in the README',
      ],
    ],
  ])('%s', (_, path, body, extra, expected) => {
    expect(reportOf(path, body, extra)).toEqual(expected);
  });

  it('keeps what editors use: allowed HTML, literal props, comments, safe addresses', () => {
    const md = [
      'Press <kbd>Ctrl</kbd>+<kbd>K</kbd>; H<sub>2</sub>O, x<sup>2</sup>, <abbr title="Financial Action Task Force">FATF</abbr>.<br>',
      '',
      '<details open><summary>More</summary>',
      '',
      'Hidden *Markdown*, [a link](https://example.org/ "title"), [mail](mailto:a@example.org), [top](#top), [site](/en/topics/regulation/).',
      '',
      '</details>',
      '',
      '<table class="wide"><thead><tr><th scope="col">A</th></tr></thead><tbody><tr><td colspan="2">1</td></tr></tbody></table>',
      '',
      '<span class="note" lang="zh" title="t">注</span> <a href="https://example.org/">out</a> <!-- a comment -->',
      '',
      '<https://example.org/auto> and www.example.org',
    ].join('\n');
    expect(reportOf('en/a.md', md)).toEqual([]);
    const mdx = [
      '{/* a comment an editor leaves */}',
      '',
      '<Callout type="tip" title={"A tip"}>Text with <kbd>Ctrl</kbd> and <abbr title={"x"}>y</abbr>.</Callout>',
      '',
      '<Quote source="A source" href="https://example.org/quote" date="2020-01-10">Words.</Quote>',
      '',
      '<span className="note" />',
    ].join('\n');
    expect(reportOf('en/a.mdx', mdx)).toEqual([]);
  });

  it('a draft is checked too: Astro compiles it as well', () => {
    expect(reportOf('en/a.mdx', "import fs from 'node:fs'", 'draft: true\n')).toEqual([
      'articles/en/a.mdx:7  [MDX] the MDX article imports or exports code: "import fs from \'node:fs\'" → remove it: articles use the site’s components (<Callout>, <Figure>…) without importing anything',
    ]);
  });

  it('reports every violation of a file in one run, in the order of its lines', () => {
    const body = [
      '[a](javascript:alert(1)) <img src="x.png" alt="" onerror="alert(2)">',
      '',
      '<script>alert(3)</script>',
      '',
      '[b][ref]',
      '',
      '[ref]: vbscript:alert(4)',
    ].join('\n');
    const report = formatReport(
      validateContent({ articles: [file('en/a.md', body, 'source: { name: X, url: "javascript:alert(0)" }\n')], topics: TOPICS }),
    );
    expect(report.split('\n').map((line) => line.split(' → ')[0])).toEqual([
      'Content validation found 5 problems:',
      '  ✖ articles/en/a.md:4  [source.url] is invalid ("javascript:alert(0)"): must be a web address (http:// or https://)',
      '  ✖ articles/en/a.md:7  [HTML] the attribute "onerror" on <img> runs code in the reader’s browser',
      '  ✖ articles/en/a.md:7  [link] the link "javascript:alert(1)" uses the scheme "javascript:", which an article may not use',
      '  ✖ articles/en/a.md:9  [HTML] <script> is not allowed in an article: it runs code in the reader’s browser',
      '  ✖ articles/en/a.md:13  [link] the link definition [ref]: "vbscript:alert(4)" uses the scheme "vbscript:", which an article may not use',
    ]);
  });
});

describe('contractProblems: what `astro dev` asks of one file before it renders or compiles it', () => {
  const one = (path: string, text: string) => contractProblems({ path, file: `articles/${path}`, text }).map(formatProblem);

  it('passes a clean file, whatever else the folder lacks', () => {
    expect(
      one('en/a.mdx', '---\ntitle: A\ndate: 2019-11-18\ntopics: [no-such-topic]\n---\n\n<Callout type="tip">Hi [[nowhere]]</Callout>'),
    ).toEqual([]);
  });

  it('reads the body even when the frontmatter is broken', () => {
    expect(one('en/a.mdx', "---\ntitle: [\n---\n\nimport fs from 'node:fs'")).toEqual([
      'articles/en/a.mdx:5  [MDX] the MDX article imports or exports code: "import fs from \'node:fs\'" → remove it: articles use the site’s components (<Callout>, <Figure>…) without importing anything',
    ]);
  });

  it('refuses an MDX body that does not parse: it is not compiled unchecked', () => {
    expect(one('en/a.mdx', '---\ntitle: A\n---\n\n<span>{oops')).toEqual([
      expect.stringMatching(/^articles\/en\/a\.mdx:5 {2}\[MDX\] invalid MDX: /),
    ]);
  });
});
