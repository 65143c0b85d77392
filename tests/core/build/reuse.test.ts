import { describe, expect, it } from 'vitest';
import { lastResults, MAKE_AFRESH } from '../../../src/core/build/reuse';

describe('lastResults', () => {
  it('gives back what it made when the input holds the same values', () => {
    const reuse = lastResults();
    let made = 0;
    const make = () => ({ made: ++made });
    const first = reuse('order', ['a', 1, 'b', 2], make);
    expect(reuse('order', ['a', 1, 'b', 2], make)).toBe(first);
    expect(made).toBe(1);
  });

  it.each([
    ['a value changed', ['a', 1, 'b', 2], ['a', 1, 'b', 3]],
    ['a value added', ['a', 1, 'b', 2], ['a', 1, 'b', 2, 'c']],
    ['a value removed', ['a', 1, 'b', 2], ['a', 1, 'b']],
    ['two values swapped', ['a', 1, 'b', 2], ['b', 2, 'a', 1]],
    ['a number that is now text', ['a', 1], ['a', '1']],
    ['undefined that is now null', ['a', undefined], ['a', null]],
  ])('makes it again when %s', (_what, before, after) => {
    const reuse = lastResults();
    const first = reuse('order', before, () => ({}));
    expect(reuse('order', before, () => ({}))).toBe(first);
    expect(reuse('order', after, () => ({}))).not.toBe(first);
  });

  it('keeps each name apart, and only the last input of each', () => {
    const reuse = lastResults();
    const a = reuse('a', [1], () => 'made for a');
    expect(reuse('b', [1], () => 'made for b')).toBe('made for b');
    expect(reuse('a', [1], () => 'again')).toBe(a);
    reuse('a', [2], () => 'for 2');
    expect(reuse('a', [1], () => 'for 1 again')).toBe('for 1 again');
  });

  it('is not fooled by an input array changed after it was given', () => {
    const reuse = lastResults();
    const input = ['a', 1];
    reuse('x', input, () => 'first');
    input[1] = 2;
    expect(reuse('x', input, () => 'second')).toBe('second');
  });
});

describe('MAKE_AFRESH', () => {
  it('makes every time', () => {
    let made = 0;
    MAKE_AFRESH('x', [1], () => made++);
    MAKE_AFRESH('x', [1], () => made++);
    expect(made).toBe(2);
  });
});
