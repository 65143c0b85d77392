import { describe, expect, it } from 'vitest';
import { unquoteHan } from '../../src/search/han';

describe('han', () => {
  it.each([
    ['"美联储官员"', '美联储官员'],
    ['“稳定币”监管', '稳定币监管'],
    ['「区块链」 "payment risks"', '区块链 "payment risks"'],
    ['"payment risks"', '"payment risks"'],
  ])('unquoteHan(%s) => %s', (query, unquoted) => {
    expect(unquoteHan(query)).toBe(unquoted);
  });
});
