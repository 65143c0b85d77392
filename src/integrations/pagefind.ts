import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { articlePagesGlob } from '../core/urls';

/** Where the bundle goes inside the built site; the browser loads `/pagefind/pagefind.js`. */
export const PAGEFIND_DIR = 'pagefind';

/** Throws with every message when a Pagefind step reports errors, so the build fails. */
function check(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
}

/**
 * Indexes the built site with Pagefind once Astro has written it, in the
 * output folder of this build (so ZHIKU_OUT_DIR builds get their own index).
 * Only elements marked `data-pagefind-body` are indexed: real articles.
 */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'zhiku:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        // The benchmark (bench/run.ts) reads the duration from the log line below.
        const started = performance.now();
        try {
          // The `#` of heading anchors would otherwise stick to every heading's text.
          const created = await pagefind.createIndex({ excludeSelectors: ['.heading-anchor'] });
          check('createIndex', created.errors);
          const index = created.index!;
          // Only article pages carry data-pagefind-body: leave the list pages (topics, archive, home) unread.
          const added = await index.addDirectory({ path: site, glob: articlePagesGlob() });
          check('indexing', added.errors);
          const written = await index.writeFiles({ outputPath: join(site, PAGEFIND_DIR) });
          check('writing', written.errors);
          const seconds = ((performance.now() - started) / 1000).toFixed(2);
          logger.info(`Indexed ${added.page_count} pages into ${PAGEFIND_DIR}/ in ${seconds}s`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
