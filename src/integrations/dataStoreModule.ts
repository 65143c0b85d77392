import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Astro's virtual module that holds the content layer's data store (astro/dist/content/consts.js). */
export const DATA_STORE_MODULE = '\0astro:data-layer-content';

/**
 * The data store module of a build, reading data-store.json when the pages are generated.
 * @example dataStoreModuleCode('/site/node_modules/.astro/data-store.json') => 'import { readFileSync } from "node:fs";\nexport default JSON.parse(readFileSync("/site/node_modules/.astro/data-store.json", "utf8"));\n'
 */
export function dataStoreModuleCode(file: string): string {
  return `import { readFileSync } from "node:fs";\nexport default JSON.parse(readFileSync(${JSON.stringify(file)}, "utf8"));\n`;
}

/**
 * Keeps the content data store out of the build's JavaScript. Astro loads
 * data-store.json (every entry's rendered HTML: ~10 KB an article) into one
 * module as a single string literal, `export default JSON.parse("…")`, and V8
 * compiles a string literal in time that grows with the square of its length
 * (its literal buffer grows 1 MB at a time): at 10,000 articles (100 MB) the
 * build stood still for a minute before its first page, at 30,000 for 14
 * minutes. This module reads the same file when the pages are generated, which
 * costs one JSON.parse; its load runs before Astro's (order: 'pre'). Only for
 * `astro build` with the default single-file store; without the file, Astro's
 * own load answers (an empty store).
 */
export default function dataStoreModule(): AstroIntegration {
  return {
    name: 'zhiku:data-store-module',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build' || config.experimental.collectionStorage !== 'single-file') return;
        const file = fileURLToPath(new URL('data-store.json', config.cacheDir));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'zhiku:data-store-module',
                apply: 'build',
                load: {
                  order: 'pre',
                  handler(id: string) {
                    if (id !== DATA_STORE_MODULE || !existsSync(file)) return undefined;
                    return { code: dataStoreModuleCode(file), map: { mappings: '' } };
                  },
                },
              },
            ],
          },
        });
      },
    },
  };
}
