import { describe, expect, it } from 'vitest';
import { cleanFiles } from '../../../src/core/content/cleanFiles';
import type { ContentProblem } from '../../../src/core/content/contentProblem';

const file = (name: string, text: string) => ({ path: `en/${name}`, file: `content/articles/en/${name}`, text });
const problem = (name: string, warning?: true): ContentProblem => ({
  file: `content/articles/en/${name}`,
  field: 'HTML',
  message: '<script> is not allowed',
  fix: 'remove it',
  ...(warning ? { warning } : {}),
});

describe('cleanFiles: the files a validation passed, with the text it read', () => {
  it.each([
    ['no problems: every file', [], ['a.md', 'b.md']],
    ['an error drops its file', [problem('b.md')], ['a.md']],
    ['a warning does not', [problem('b.md', true)], ['a.md', 'b.md']],
    ['errors in other files change nothing', [problem('gone.md')], ['a.md', 'b.md']],
  ])('%s', (_, errors, clean) => {
    const found = cleanFiles([file('a.md', 'A'), file('b.md', 'B')], errors);
    expect([...found.keys()]).toEqual(clean.map((n) => `content/articles/en/${n}`));
  });

  it('keeps the text it read, and leaves out a file that is not UTF-8', () => {
    const bad = { ...file('c.md', 'C\uFFFD'), invalidUtf8: { line: 1, offset: 1, byte: 0xff } };
    expect(cleanFiles([file('a.md', 'A'), bad], [])).toEqual(new Map([['content/articles/en/a.md', 'A']]));
  });
});
