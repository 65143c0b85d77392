import { WALLET_ADDRESS } from './junk';
import type { KnownSite } from './knownSites';

/**
 * The publisher named by its own tip jar ("Like NEWSDESK? Send us a tip!").
 * The name's spelling is taken from the article text when it appears there.
 * @example tipJarPublisher('Like COINDESKTOP? Send us a tip!', 'a report by CoinDeskTop said') => 'CoinDeskTop'
 */
export function tipJarPublisher(line: string, articleText = ''): string | undefined {
  const name = line.match(/^like ([^?]{2,40})\?\s*(send|tip|donate|support)\b/i)?.[1]?.trim();
  if (!name || WALLET_ADDRESS.test(name)) return undefined;
  const spelled = articleText.match(new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i'))?.[0];
  return spelled ?? name;
}

/**
 * The publisher named by its own promotion: a domain in a paragraph that
 * speaks as "our"/"us" ("… using our platform. The trade.Example.com market …").
 * Gives the site's registrable domain as written.
 * @example promotionPublisher('Did you know you can trade with us? Visit markets.Example.com today.') => 'Example.com'
 */
export function promotionPublisher(line: string): string | undefined {
  if (!/\b(our|us)\b/i.test(line)) return undefined;
  const host = line.match(/\b((?:[a-z0-9-]+\.)+(?:com|net|org|io|news|co|info))\b/i)?.[1];
  return host?.split('.').slice(-2).join('.');
}

/**
 * A full URL for a bare site path, when one known site has paths of that
 * shape and the article names that site; undefined otherwise (leave the URL
 * out rather than guess).
 * @example resolveSitePath('/latest/2020/03/x-y/', 'As CryptoGlobe reported …', KNOWN_SITES) => { name: 'CryptoGlobe', url: 'https://www.cryptoglobe.com/latest/2020/03/x-y/' }
 */
export function resolveSitePath(path: string, articleText: string, sites: readonly KnownSite[]): { name: string; url: string } | undefined {
  const matches = sites.filter((site) => site.path.test(path) && site.mentions.test(articleText));
  if (matches.length !== 1) return undefined;
  const site = matches[0]!;
  return { name: site.name, url: new URL(path, site.origin).href };
}
