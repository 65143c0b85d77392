import { describe, expect, it } from 'vitest';
import { siteOrigin } from '../../../src/core/settings/siteOrigin';

describe('siteOrigin', () => {
  it.each([
    [new URL('https://kb.example.org/'), 'https://kb.example.org/'],
    ['https://kb.example.org', 'https://kb.example.org/'],
    [undefined, 'http://localhost:4321/'],
  ])('%s => %s', (site, expected) => expect(siteOrigin(site).href).toBe(expected));
});
