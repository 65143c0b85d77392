// Modules made at build time by the site's integrations.
declare module 'virtual:zhiku/search-strings' {
  /** Every locale's search UI strings (src/integrations/searchStringsModule.ts). */
  const tables: Record<import('./core/language/locales').Locale, Record<string, string>>;
  export default tables;
}

declare module 'virtual:zhiku/page-policy' {
  /** The Content-Security-Policy every built page's <meta> carries; empty in `astro dev` (src/integrations/siteHeaders.ts). */
  const policy: string;
  export default policy;
}

declare module 'virtual:zhiku/traditional-characters' {
  /** The characters that make a query worth converting to Simplified, as search/codePointSet.ts writes them (src/integrations/traditionalCharactersModule.ts). */
  const encoded: string;
  export default encoded;
}

declare module 'astro:asset-imports' {
  /** Astro's content layer: every image its entries import, by key (core/articles/articlePicture.ts contentImageImportId). */
  const assets: Map<string, import('astro').ImageMetadata>;
  export default assets;
}

declare module 'virtual:astro:get-image' {
  /** Astro's getImage alone (astro/dist/assets/vite-plugin-assets.js), without `astro:assets`' build-specific exports. */
  export const getImage: typeof import('astro:assets').getImage;
}
