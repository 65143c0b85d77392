import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { astroEntryInfo } from '../../../src/core/content/astroEntryInfo';
import { readFrontmatter } from '../../../src/core/content/frontmatter';

// Astro's own Markdown entry type (the MDX one reads files the same way), which the shortcut stands in for.
const { markdownContentEntryType } = (await import(
  pathToFileURL(resolve('node_modules/astro/dist/vite-plugin-markdown/content-entry-type.js')).href
)) as { markdownContentEntryType: { getEntryInfo(p: { contents: string; fileUrl: URL }): Promise<unknown> } };

const fileUrl = pathToFileURL(resolve('content/articles/en/a.md'));
const astroReads = (text: string) => markdownContentEntryType.getEntryInfo({ contents: text, fileUrl });

/** Texts whose reading the shortcut makes: each must equal Astro's, Dates and all. */
const same: Record<string, string> = {
  'a plain date': '---\ntitle: A\ndate: 2019-11-19\n---\n\nText.\n',
  'a quoted date stays text': '---\ntitle: "2019-11-19"\ndate: \'2019-11-19\'\n---\nText',
  'dates with times, in lists and maps': '---\nupdated: 2019-11-19 10:00:00.5 +8\nseen: [2020-1-9, 2021-02-03T04:05:06Z]\nsource:\n  at: 2019-11-19\n  name: 2019-11-19 report\n---\nBody',
  'days Date rolls over, years before 100, one-digit months': '---\na: 2019-02-30\nb: 0050-01-01\nc: 2019-2-3\nd: 2019-13-01\n---\nBody',
  'text that starts like a date but is none': '---\ntitle: 2019-11-19 was a Tuesday\nn: 2019-13-45x\n---\nBody',
  'empty frontmatter': '---\n---\nJust a body.\n',
  'a scalar for frontmatter': '---\nhello\n---\nBody',
  'numbers, booleans, nulls, numeric keys': '---\na: 1\nb: 0x1f\nc: .inf\nd: true\ne: ~\n1: one\nlist:\n  - 2019-11-19\n  - x\n---\n  Body with leading spaces  \n\n',
  'a fence with trailing spaces closing': '---\ntitle: A\n---   \nBody',
  'no body': '---\ntitle: A\n---',
  'a plain value over two lines that starts like a date': '---\na: 2019-11-19\n\n  10:00:00\nb: 2019-11-19\n\n  ---\nc: 2019-11-19\n\n  ...\n---\nB',
};

/** Texts the two readers may read apart: the shortcut must leave them to Astro. */
const declined: Record<string, string> = {
  'a merge key': '---\nbase: &b { x: 1 }\nmore:\n  <<: *b\n  y: 2\n---\nBody',
  'an alias': '---\na: &d 2019-11-19\nb: *d\n---\nBody',
  'a tag': '---\ndate: !!timestamp 2019-11-19\n---\nBody',
  'Windows line endings': '---\r\ntitle: A\r\ndate: 2019-11-19\r\n---\r\nBody',
  'a byte-order mark': '\uFEFF---\ntitle: A\n---\nBody',
  'a fence Astro closes earlier': '---\ntitle: A\n----\nb: 1\n---\nBody',
  'YAML with errors': '---\ntitle: [A\n---\nBody',
  'no frontmatter': 'Just text.\n',
  'a key __proto__': '---\n__proto__: 2019-11-19\n---\nBody',
  'a date as the whole frontmatter': '---\n2019-11-19\n---\nB',
  'two keys that are one as text': '---\n"1": 2019-11-19\n1: 2019-1-1\n---\nB',
  'a key like a date': '---\nlog:\n  2019-11-19: first\n---\nB',
  'a line opening with +++ before the closing fence': '---\ntitle: A\n+++b: 1\n---\nBody',
  'a block scalar that keeps its last line breaks': '---\nt: A\nnotes: |+\n  line\n\n---\nB',
  'a block scalar at the end': '---\nnotes: >\n  folded\n  text\n---\nB',
};

describe('astroEntryInfo', () => {
  for (const [name, text] of Object.entries(same)) {
    it(`reads as Astro does: ${name}`, async () => {
      const ours = astroEntryInfo(text, readFrontmatter(text));
      expect(ours).toBeDefined();
      expect(ours).toStrictEqual(await astroReads(text));
    });
  }

  for (const [name, text] of Object.entries(declined)) {
    it(`leaves to Astro: ${name}`, () => {
      expect(astroEntryInfo(text, readFrontmatter(text))).toBeUndefined();
    });
  }

  it('gives a copy: what Astro or its plugins do to the data leaves the site’s reading alone', () => {
    const text = '---\ntitle: A\ntopics: [x]\ndate: 2019-11-19\n---\nBody';
    const frontmatter = readFrontmatter(text);
    const info = astroEntryInfo(text, frontmatter)!;
    (info.data.topics as string[]).push('y');
    expect(frontmatter.data).toStrictEqual({ title: 'A', topics: ['x'], date: '2019-11-19' });
    expect(info.data.date).toStrictEqual(new Date('2019-11-19'));
  });
});
