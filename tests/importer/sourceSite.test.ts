import { describe, expect, it } from 'vitest';
import { KNOWN_SITES } from '../../src/importer/knownSites';
import { promotionPublisher, resolveSitePath, tipJarPublisher } from '../../src/importer/sourceSite';

describe('source site', () => {
  it.each([
    ['Like LEDGERWIRE? Send us a tip!', 'A report by LedgerWire said so.', 'LedgerWire'],
    ['Like CHAINDESK? Send us a tip!', '', 'CHAINDESK'],
    ['Send us a tip!', '', undefined],
  ])('tipJarPublisher(%s) => %s', (line, text, expected) => expect(tipJarPublisher(line, text)).toBe(expected));

  it.each([
    ['Did you know you can swap tokens using our exchange? The swap.CoinDaily.net desk is open.', 'CoinDaily.net'],
    ['Did you know you can trade with us? Visit markets.example.com today.', 'example.com'],
    ['The exchange markets.example.com reopened.', undefined],
  ])('promotionPublisher(%s) => %s', (line, expected) => expect(promotionPublisher(line)).toBe(expected));

  it.each([
    // path shape and a mention: resolved
    ['/latest/2020/03/a-b/', 'As CryptoGlobe reported, …', { name: 'CryptoGlobe', url: 'https://www.cryptoglobe.com/latest/2020/03/a-b/' }],
    // the path alone is not enough
    ['/latest/2020/03/a-b/', 'Volumes grew.', undefined],
    // a mention alone is not enough
    ['/news/2020/03/a-b/', 'As CryptoGlobe reported, …', undefined],
  ])('resolveSitePath(%s, %s) => %j', (path, text, expected) => expect(resolveSitePath(path, text, KNOWN_SITES)).toEqual(expected));
});
