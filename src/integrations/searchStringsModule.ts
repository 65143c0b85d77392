import type { AstroIntegration } from 'astro';
import { UI_STRINGS } from '../core/i18n';
import { searchStringTables } from '../search/searchStrings';

/** The module the search scripts import their UI strings from. */
export const SEARCH_STRINGS_MODULE = 'virtual:zhiku/search-strings';
const RESOLVED = `\0${SEARCH_STRINGS_MODULE}`;

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
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'zhiku:search-strings-module',
                resolveId: (id: string) => (id === SEARCH_STRINGS_MODULE ? RESOLVED : undefined),
                load: (id: string) => (id === RESOLVED ? { code, map: { mappings: '' } } : undefined),
              },
            ],
          },
        });
      },
    },
  };
}
