import { describe, expect, it } from 'vitest';
import { pagefindWasmUrl } from '../../src/search/pagefindWasm';

describe('pagefindWasmUrl', () => {
  it.each([
    ['en', '/pagefind/en/wasm.en.pagefind'],
    ['zh', '/pagefind/zh/wasm.unknown.pagefind'],
  ] as const)("names %s's WebAssembly: %s", (locale, url) => {
    expect(pagefindWasmUrl(locale)).toBe(url);
  });
});
