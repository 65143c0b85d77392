import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { stampTranslation } from '../../../src/core/translations/stampTranslation';

const record = { from: 'en' as const, sourceHash: 'abcd1234abcd1234' };

describe('stampTranslation', () => {
  it.each([
    [
      'no translation field',
      '---\ntitle: A\n---\nText',
      '---\ntitle: A\ntranslation:\n  from: en\n  sourceHash: abcd1234abcd1234\n---\nText',
    ],
    [
      'an old hash',
      '---\ntitle: A # note\ntopics: [a, b]\ntranslation:\n  from: en\n  sourceHash: 0000000000000000\ndate: 2019-11-18\n---\n\nText\n',
      '---\ntitle: A # note\ntopics: [a, b]\ntranslation:\n  from: en\n  sourceHash: abcd1234abcd1234\ndate: 2019-11-18\n---\n\nText\n',
    ],
    [
      'a translation without a hash, in the middle',
      '---\ntitle: A\ntranslation:\n    from: en\ndescription: >-\n  folded\n  text\n---\nText',
      '---\ntitle: A\ntranslation:\n    from: en\n    sourceHash: abcd1234abcd1234\ndescription: >-\n  folded\n  text\n---\nText',
    ],
    [
      'a translation without a hash, last',
      '---\ntitle: A\ntranslation:\n  from: en\n---\nText',
      '---\ntitle: A\ntranslation:\n  from: en\n  sourceHash: abcd1234abcd1234\n---\nText',
    ],
    [
      'Windows line endings in the body',
      '---\ntitle: A\n---\r\nLine\r\n',
      '---\ntitle: A\ntranslation:\n  from: en\n  sourceHash: abcd1234abcd1234\n---\r\nLine\r\n',
    ],
  ])('%s', (_, raw, expected) => {
    expect(stampTranslation(raw, record)).toBe(expected);
  });

  it('rewrites a flow-style translation into valid YAML with both fields', () => {
    const out = stampTranslation('---\ntitle: A\ntranslation: { from: en }\n---\nText', record);
    const yaml = out.split('---\n')[1]!;
    expect(parse(yaml)).toEqual({ title: 'A', translation: record });
    expect(out.endsWith('---\nText')).toBe(true);
  });

  it('refuses a file without frontmatter', () => {
    expect(() => stampTranslation('Just text', record)).toThrow(/no frontmatter/);
  });
});
