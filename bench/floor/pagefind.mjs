// @ts-check
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/**
 * Pagefind over the whole built site in astro:build:done, with defaults; logs how
 * long it took in the same words as Zhiku's integration so bench/run.ts reads both alike.
 * @returns {import('astro').AstroIntegration}
 */
export default function floorPagefind() {
  return {
    name: 'floor:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index || errors.length) throw new Error(errors.join('\n'));
          const added = await index.addDirectory({ path: site });
          if (added.errors.length) throw new Error(added.errors.join('\n'));
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length) throw new Error(written.errors.join('\n'));
          const seconds = ((performance.now() - started) / 1000).toFixed(2);
          logger.info(`Indexed ${added.page_count} pages into pagefind/ in ${seconds}s`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
