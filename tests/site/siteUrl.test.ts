import { describe, expect, it } from 'vitest';
import { siteUrl } from '../../src/site/siteUrl';

describe('siteUrl', () => {
  it.each([
    [{ SITE: 'https://kb.example.com' }, 'https://kb.example.com'],
    [{}, 'https://zhiku.example.org'],
  ])('%j => %s', (env, expected) => expect(siteUrl(env, {})).toBe(expected));

  it("takes site.yaml's url unless SITE overrides it", () => {
    expect(siteUrl({}, { url: 'https://kb.example.net' })).toBe('https://kb.example.net');
    expect(siteUrl({ SITE: 'https://preview.example.net' }, { url: 'https://kb.example.net' })).toBe('https://preview.example.net');
  });
});
