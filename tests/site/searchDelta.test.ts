import { randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { fragmentFileUrl } from '../../src/site/searchDelta';

describe('fragmentFileUrl', () => {
  /** A fragment file as Pagefind writes it: gzip (at its best level) of the signature and the JSON. */
  const fragmentFile = (fragment: object) => gzipSync(`pagefind_dcd${JSON.stringify(fragment)}`, { level: 9 });
  const text = '稳定币的储备。 '.repeat(400);

  it('reads the URL of a fragment file from the start of it, escapes and all', () => {
    for (const url of ['/en/articles/a/', '/zh/articles/稳定/', '/en/a "quoted" \\ path/']) {
      expect(fragmentFileUrl(fragmentFile({ url, content: text, word_count: 2, filters: {}, meta: { title: 'A' }, anchors: [] }))).toBe(
        url,
      );
    }
  });

  it('inflates the whole file when the URL does not end within its start, or the JSON does not begin with it', () => {
    // Random bytes do not compress: the URL reaches far past the start that is inflated first.
    const long = `/en/articles/${randomBytes(1500).toString('hex')}/`;
    expect(fragmentFileUrl(fragmentFile({ url: long, content: text }))).toBe(long);
    expect(fragmentFileUrl(fragmentFile({ content: text, url: '/en/b/' }))).toBe('/en/b/');
  });

  it('fails on a file that is not gzip, as inflating it whole would', () => {
    expect(() => fragmentFileUrl(Buffer.from('pagefind_dcd{"url":"/en/a/"}'))).toThrow();
  });
});
