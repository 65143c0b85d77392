import { describe, expect, it } from 'vitest';
import { htmlTags } from '../../src/markdown/htmlTags';

describe('htmlTags: the start tags of a raw HTML fragment, as a browser reads them', () => {
  it.each([
    ['<span>', [{ name: 'span', attributes: [], line: 1 }]],
    ['</span>', []],
    ['<!-- a comment <script> -->', []],
    [
      '<IMG SRC=x OnError=alert(1)>',
      [
        {
          name: 'img',
          attributes: [
            { name: 'src', value: 'x' },
            { name: 'onerror', value: 'alert(1)' },
          ],
          line: 1,
        },
      ],
    ],
    [
      '<a href="java&#x09;script&colon;alert(1)">',
      [{ name: 'a', attributes: [{ name: 'href', value: 'java\tscript:alert(1)' }], line: 1 }],
    ],
    ['<td onclick=x>', [{ name: 'td', attributes: [{ name: 'onclick', value: 'x' }], line: 1 }]],
    [
      '<div>\n<script>alert(1)</script>\n</div>',
      [
        { name: 'div', attributes: [], line: 1 },
        { name: 'script', attributes: [], line: 2 },
      ],
    ],
    [
      '<svg><use xlink:href="data:x"/></svg>',
      [
        { name: 'svg', attributes: [], line: 1 },
        { name: 'use', attributes: [{ name: 'xlink:href', value: 'data:x' }], line: 1 },
      ],
    ],
  ])('%j', (fragment, tags) => {
    expect(htmlTags(fragment)).toEqual(tags);
  });
});
