import { describe, expect, it } from 'vitest';
import { isOnlyComments, literalValue } from '../../src/markdown/literalExpression';

describe('literalValue: what a JSX attribute may be given in an article', () => {
  it.each<[string, unknown]>([
    ['"text"', 'text'],
    ["'text'", 'text'],
    ['3', 3],
    ['-1.5', -1.5],
    ['true', true],
    ['null', null],
    ['`plain`', 'plain'],
    ['["a", { b: 1, "c": [true] }]', ['a', { b: 1, c: [true] }]],
    [' "a" /* note */ ', 'a'],
  ])('%s => %j', (source, value) => {
    expect(literalValue(source)).toEqual({ value });
  });

  it.each([
    'process.env.HOME',
    'fs.readFileSync("/etc/passwd", "utf8")',
    'x',
    'undefined',
    '`${secret}`',
    '[...items]',
    '{ ...props }',
    '{ [key]: 1 }',
    '{ a }',
    '{ f() {} }',
    '{ __proto__: 1 }',
    '() => 1',
    '/re/',
    '-"1"',
    '"a" + "b"',
    '1, 2',
    '"a"; alert(1)',
    '',
    'import("node:fs")',
  ])('refuses %s', (source) => {
    expect(literalValue(source)).toBeUndefined();
  });
});

describe('isOnlyComments: MDX’s {/* comment */}', () => {
  it.each([
    ['/* a note */', true],
    [' // a line\n', true],
    ['', true],
    ['1', false],
    ['/* a */ x', false],
    ['/* unclosed', false],
  ])('%j => %s', (source, only) => {
    expect(isOnlyComments(source)).toBe(only);
  });
});
