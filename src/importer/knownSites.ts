/**
 * News sites whose bare paths the importer can turn into full URLs. A dump
 * sometimes keeps only a site path (/latest/2019/11/<slug>/); that path is
 * resolved only when it has the site's shape AND the article names the site,
 * so neither a passing mention nor a look-alike path is enough on its own.
 * Add a site here when a new source's dumps carry bare paths.
 */
export interface KnownSite {
  name: string;
  /** Origin to put in front of the path. */
  origin: string;
  /** The shape of the site's article paths. */
  path: RegExp;
  /** How the text names the site. */
  mentions: RegExp;
}

export const KNOWN_SITES: readonly KnownSite[] = [
  {
    name: 'CryptoGlobe',
    origin: 'https://www.cryptoglobe.com',
    path: /^\/latest\/\d{4}\/\d{2}\/[a-z0-9-]+\/$/,
    mentions: /\bCryptoGlobe\b/i,
  },
];
