import { describe, expect, it } from 'vitest';
import { newestOnly } from '../../src/search/newest';

describe('newestOnly', () => {
  it('keeps only the last started piece of work current', () => {
    const start = newestOnly();
    const a = start();
    expect(a()).toBe(true);
    const b = start();
    expect([a(), b()]).toEqual([false, true]);
    const c = start();
    expect([a(), b(), c()]).toEqual([false, false, true]);
  });

  it('counts each runner on its own', () => {
    const one = newestOnly();
    const two = newestOnly();
    const a = one();
    two();
    expect(a()).toBe(true);
  });
});
