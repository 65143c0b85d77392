import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { isPagefindFile, withNativeGunzip } from '../../src/search/browser/nativeGunzip';

const pagefindBytes = (text: string) => Buffer.from(`pagefind_dcd${text}`);

/** A fetch that answers every URL with the given bytes and status, and counts its calls. */
function fakeFetch(bytes: Uint8Array, status = 200) {
  const calls: string[] = [];
  const fetcher = (async (input: RequestInfo | URL) => {
    calls.push(String(input));
    return new Response(status === 204 ? null : (bytes as Uint8Array<ArrayBuffer>), { status, headers: { 'x-test': 'kept' } });
  }) as typeof fetch;
  return { fetcher, calls };
}

const read = async (response: Response) => Buffer.from(await response.arrayBuffer()).toString('latin1');
const onlyPagefind = (url: string) => isPagefindFile(new URL(url, 'http://site.test/').pathname, '/kb/pagefind/');

describe('isPagefindFile', () => {
  it.each([
    ['/kb/pagefind/zh/index/zh-cn_8aba465.pf_index', true],
    ['/kb/pagefind/zh/pagefind.zh-cn_a98a8549ba533.pf_meta', true],
    ['/kb/pagefind/en/wasm.en.pagefind', true],
    ['/kb/pagefind/en/fragment/en_ffcfe87.pf_fragment', true],
    ['/kb/pagefind/en/pagefind.js', false],
    ['/kb/pagefind/en/pagefind-entry.json', false],
    ['/kb/pagefind/bundles.json', false],
    ['/pagefind/en/index/en_b0b84d1.pf_index', false],
    ['/kb/media/chart.pf_index', false],
  ])('%s → %s', (path, expected) => {
    expect(isPagefindFile(path, '/kb/pagefind/')).toBe(expected);
  });
});

describe('withNativeGunzip', () => {
  it('inflates a gzipped Pagefind file, keeping its signature, status and headers', async () => {
    const { fetcher } = fakeFetch(gzipSync(pagefindBytes('稳定币 index chunk')));
    const response = await withNativeGunzip(fetcher, onlyPagefind)('/kb/pagefind/zh/index/zh-cn_1.pf_index');
    expect(Buffer.from(await response.arrayBuffer()).toString('utf8')).toBe('pagefind_dcd稳定币 index chunk');
    expect(response.status).toBe(200);
    expect(response.headers.get('x-test')).toBe('kept');
  });

  it('hands over a file the host already inflated (Content-Encoding) as it came', async () => {
    const { fetcher } = fakeFetch(pagefindBytes('meta'));
    expect(await read(await withNativeGunzip(fetcher, onlyPagefind)('/kb/pagefind/en/pagefind.en_1.pf_meta'))).toBe('pagefind_dcdmeta');
  });

  it('leaves other URLs untouched: the same response object', async () => {
    const gz = gzipSync(pagefindBytes('x'));
    const direct = await fakeFetch(gz).fetcher('/kb/glossary.json');
    const fetcher = (async () => direct) as unknown as typeof fetch;
    expect(await withNativeGunzip(fetcher, onlyPagefind)('/kb/glossary.json')).toBe(direct);
    expect(await withNativeGunzip(fetcher, onlyPagefind)(new URL('http://site.test/pagefind/en/wasm.en.pagefind'))).toBe(direct);
  });

  it('hands over a response without a body as it came', async () => {
    const { fetcher } = fakeFetch(new Uint8Array(), 204);
    expect((await withNativeGunzip(fetcher, onlyPagefind)('/kb/pagefind/zh/index/zh-cn_3.pf_index')).status).toBe(204);
  });

  it('leaves a failed response for Pagefind to report', async () => {
    const { fetcher } = fakeFetch(Buffer.from('Not found'), 404);
    const response = await withNativeGunzip(fetcher, onlyPagefind)('/kb/pagefind/zh/index/missing.pf_index');
    expect(response.status).toBe(404);
    expect(await read(response)).toBe('Not found');
  });

  it.each([
    ['a truncated gzip stream', gzipSync(pagefindBytes('a longer chunk of index data')).subarray(0, 20)],
    ['gzip of something that is not a Pagefind file', gzipSync(Buffer.from('plain text'))],
  ])('hands over %s unchanged, for Pagefind to deal with', async (_, bytes) => {
    const { fetcher } = fakeFetch(bytes);
    const response = await withNativeGunzip(fetcher, onlyPagefind)('/kb/pagefind/zh/index/zh-cn_2.pf_index');
    expect(Buffer.from(await response.arrayBuffer()).equals(Buffer.from(bytes))).toBe(true);
  });

  it('passes a Request through to the fetch it wraps', async () => {
    const { fetcher, calls } = fakeFetch(gzipSync(pagefindBytes('f')));
    const request = new Request('http://site.test/kb/pagefind/en/fragment/en_1.pf_fragment');
    expect(await read(await withNativeGunzip(fetcher, onlyPagefind)(request))).toBe('pagefind_dcdf');
    expect(calls).toHaveLength(1);
  });
});
