import { describe, expect, it } from 'vitest';
import { normaliseSource } from '../../../src/core/content/sourceText';
import { readFrontmatter } from '../../../src/core/content/frontmatter';

describe('normaliseSource', () => {
  it.each<[string, string, string]>([
    ['Unix', '中文段落\n换行', '中文段落\n换行'],
    ['Windows', '中文段落\r\n换行\r\n', '中文段落\n换行\n'],
    ['old Mac', 'a\rb', 'a\nb'],
    ['a byte-order mark', '\uFEFF# Title', '# Title'],
    ['a BOM inside the text is text', 'a\uFEFFb', 'a\uFEFFb'],
  ])('%s', (_name, text, expected) => {
    expect(normaliseSource(text)).toBe(expected);
  });

  it('is how the frontmatter reader hands over the body', () => {
    expect(readFrontmatter('\uFEFF---\r\ntitle: A\r\n---\r\n中文段落\r\n换行\r\n').body).toBe('中文段落\n换行\n');
  });
});
