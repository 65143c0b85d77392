import type { AstroIntegration } from 'astro';
import { virtualModule } from './virtualModule';
import { UI_STRINGS } from '../core/language/i18n';
import { searchStringTables } from '../search/searchStrings';

/** The module the search scripts import their UI strings from. */
export const SEARCH_STRINGS_MODULE = 'virtual:zhiku/search-strings';

/**
 * The module's code: every locale's search strings as one default export.
 * @example searchStringsModuleCode({ en: { 'search.label': 'Search' } }) => 'export default {"en":{"search.label":"Search"}};\n'
 */
export function searchStringsModuleCode(tables: Record<string, Record<string, string>>): string {
  return `export default ${JSON.stringify(tables)};\n`;
}

/**
 * Gives the search scripts their UI strings as a bundled module (one hashed file in
 * /_astro/, fetched with the dialog's code on first use and cached) rather than as a
 * JSON attribute that every page repeated (~1.3 KB a page).
 */
export default function searchStringsModule(): AstroIntegration {
  const code = searchStringsModuleCode(searchStringTables(UI_STRINGS));
  return {
    name: 'zhiku:search-strings-module',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        virtualModule(updateConfig, SEARCH_STRINGS_MODULE, code);
      },
    },
  };
}
