import { describe, expect, it } from 'vitest';
import { escapeMarkdownText } from '../../src/importer/markdownText';

describe('escapeMarkdownText', () => {
  it.each([
    ['<script>alert("x")</script>', '&lt;script&gt;alert("x")&lt;/script&gt;'],
    ['<b>5 * 3</b>', '&lt;b&gt;5 \\* 3&lt;/b&gt;'],
    ['snake_case and `code`', 'snake\\_case and \\`code\\`'],
    ['[not a link](https://example.com)', '\\[not a link\\](https://example.com)'],
    ['# not a heading', '\\# not a heading'],
    ['- not a list', '\\- not a list'],
    ['2020. A year to remember', '2020\\. A year to remember'],
    ['AT&T and &amp; stay text', 'AT&T and &amp;amp; stay text'],
    ['~50 to ~60', '\\~50 to \\~60'],
    ['C:\\path', 'C:\\\\path'],
    ['普通的中文句子。', '普通的中文句子。'],
  ])('%s => %s', (text, expected) => expect(escapeMarkdownText(text)).toBe(expected));
});
