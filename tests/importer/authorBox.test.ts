import { describe, expect, it } from 'vitest';
import { isAuthorBox } from '../../src/importer/authorBox';

describe('isAuthorBox', () => {
  it.each([
    ['Marta Okafor', 'Marta has written about payments and market structure since 2014.', false, true],
    ['Ann Lee', 'She covers exchanges from Singapore.', false, true],
    ['Tom Becker', 'Tom spent a decade at a clearing house before moving to Berlin.', true, true],
    ['Tom Becker', 'Tom spent a decade at a clearing house before moving to Berlin.', false, false],
    ['Justin Reyes', 'Justin Reyes said the deal was off.', false, false],
    ['Custody Rules Tighten', 'Under the draft, custodians would have to keep coins in cold storage.', true, false],
    ['王明远', '王明远教授的办公室里摆满了书。', true, false],
  ])('%s / %s (after a trailer: %s) => %s', (name, next, afterTrailer, expected) => {
    expect(isAuthorBox(name, next, afterTrailer)).toBe(expected);
  });
});
