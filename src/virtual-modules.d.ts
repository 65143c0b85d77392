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
