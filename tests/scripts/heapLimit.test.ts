import { describe, expect, it } from 'vitest';
import { buildHeapLimitMb, withHeapLimit } from '../../scripts/heapLimit.mjs';

describe('buildHeapLimitMb', () => {
  it.each([
    [24 * 1024, 4144, 12288],
    [16 * 1024, 4096, 8192],
    [4 * 1024, 2080, 2080],
    [7 * 1024 + 1, 4096, 4096],
  ])('%s MB of memory, Node default %s MB => %s MB', (total, fallback, limit) => {
    expect(buildHeapLimitMb(total, fallback)).toBe(limit);
  });
});

describe('withHeapLimit', () => {
  it.each([
    [undefined, '--max-old-space-size=12288'],
    ['', '--max-old-space-size=12288'],
    ['--enable-source-maps', '--enable-source-maps --max-old-space-size=12288'],
    ['--max-old-space-size=2048', '--max-old-space-size=2048'],
    ['--require x.cjs --max_old_space_size=3000', '--require x.cjs --max_old_space_size=3000'],
  ])('%j => %j', (options, expected) => {
    expect(withHeapLimit(options, 12288)).toBe(expected);
  });
});
