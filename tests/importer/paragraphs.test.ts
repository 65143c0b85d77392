import { describe, expect, it } from 'vitest';
import { tidyLine, toParagraphs } from '../../src/importer/paragraphs';

describe('paragraphs', () => {
  it.each([
    ['\u00a0 Hello   world ', 'Hello world'],
    ['\ufeffTitle\u200b', 'Title'],
    ['\u3000据悉,', '据悉,'],
  ])('tidyLine(%j) => %j', (line, expected) => expect(tidyLine(line)).toBe(expected));

  it('makes one paragraph per non-blank line and notes no-break-space spacers', () => {
    const paragraphs = toParagraphs('标题\r\n\r\n\u00a0\r\n\r\n小标题\r\n\r\n\u00a0\r\n\r\n正文。\r\n');
    expect(paragraphs.map((p) => [p.text, p.line, p.spacerAround])).toEqual([
      ['标题', 1, true],
      ['小标题', 5, true],
      ['正文。', 9, true],
    ]);
    expect(toParagraphs('A\n\nB').map((p) => p.spacerAround)).toEqual([false, false]);
  });
});
