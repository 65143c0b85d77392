import { describe, expect, it } from 'vitest';
import { cacheKey } from '../../../src/core/build/cacheKey';

const entry = (digest: string, title = 'A') => ({
  collection: 'articles',
  id: 'en/a',
  digest,
  data: { title },
  rendered: { html: '<p>x</p>' },
});

describe('cacheKey', () => {
  it('is the same for equal props, whatever the order of their fields', () => {
    expect(cacheKey({ a: 1, b: ['x', { c: true }] })).toBe(cacheKey({ b: ['x', { c: true }], a: 1 }));
  });

  it('changes with any value shown: strings, numbers, dates, nested lists, undefined against a value', () => {
    const base = {
      title: 'A',
      count: 3,
      date: new Date('2020-01-01'),
      refs: [{ slug: 'b', title: 'B' }],
      note: undefined as string | undefined,
    };
    const key = cacheKey(base);
    expect(cacheKey({ ...base, title: 'A2' })).not.toBe(key);
    expect(cacheKey({ ...base, count: 4 })).not.toBe(key);
    expect(cacheKey({ ...base, date: new Date('2020-01-02') })).not.toBe(key);
    expect(cacheKey({ ...base, refs: [{ slug: 'b', title: 'B renamed' }] })).not.toBe(key);
    expect(cacheKey({ ...base, note: 'set' })).not.toBe(key);
  });

  it('counts a content entry by its digest', () => {
    expect(cacheKey({ view: entry('d1') })).toBe(cacheKey({ view: { ...entry('d1'), rendered: { html: 'other' } } }));
    expect(cacheKey({ view: entry('d1') })).not.toBe(cacheKey({ view: entry('d2') }));
  });

  it('keys Maps and Sets by their contents', () => {
    expect(cacheKey(new Map([['a', 1]]))).not.toBe(cacheKey(new Map([['a', 2]])));
    expect(cacheKey(new Set(['a']))).not.toBe(cacheKey(new Set(['b'])));
  });

  it('keys a URL by its address', () => {
    expect(cacheKey({ link: new URL('https://example.org/a') })).not.toBe(cacheKey({ link: new URL('https://example.org/b') }));
    expect(cacheKey({ link: new URL('https://example.org/a') })).toBe(cacheKey({ link: new URL('https://example.org/a') }));
  });

  it('keys plain objects, with or without a prototype, and refuses objects that inherit their data', async () => {
    expect(cacheKey({ view: Object.assign(Object.create(null), { title: 'A' }) })).toBe(cacheKey({ view: { title: 'A' } }));
    // Data on a prototype, which Object.keys does not list: two such objects would key alike.
    const inherits = (title: string) => Object.create(Object.assign(Object.create(null), { title })) as object;
    expect(() => cacheKey({ view: inherits('A') })).toThrow(/props\.view is a non-plain object/);
    // An object of another realm is refused too, rather than trusted to be plain.
    const { runInNewContext } = await import('node:vm');
    expect(() => cacheKey({ view: runInNewContext('new Date(0)') as object })).toThrow(/props\.view is a Date object/);
  });

  it('keeps a key named __proto__ as a key', () => {
    expect(cacheKey(JSON.parse('{"__proto__": {"a": 1}}'))).not.toBe(cacheKey(JSON.parse('{"__proto__": {"a": 2}}')));
  });

  it('refuses what it cannot stand for, naming where it is', () => {
    expect(() => cacheKey({ list: [{ href: () => '/x/' }] })).toThrow(/props\.list\[0\]\.href is a function/);
    expect(() => cacheKey({ byName: new Map([['a', { on: Symbol('x') }]]) })).toThrow(/props\.byName\.a\.on is a symbol/);
    expect(() => cacheKey({ tags: new Set(['a', 1n]) })).toThrow(/props\.tags\[1\] is a bigint/);
    // Instances whose state Object.keys does not see: each would key as {}, the same whatever it holds.
    expect(() => cacheKey({ query: [new URLSearchParams('q=a')] })).toThrow(/props\.query\[0\] is a URLSearchParams object/);
    class Card {
      #title = 'A';
      get title() {
        return this.#title;
      }
    }
    expect(() => cacheKey({ card: new Card() })).toThrow(/props\.card is a Card object/);
  });
});
