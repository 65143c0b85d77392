import { describe, expect, it } from 'vitest';
import { siteUrl } from '../../src/site/siteUrl';

describe('siteUrl', () => {
  it.each([
    [{ SITE: 'https://kb.example.com' }, 'https://kb.example.com'],
    [{}, 'https://zhiku.example.org'],
  ])('%j => %s', (env, expected) => expect(siteUrl(env)).toBe(expected));
});
