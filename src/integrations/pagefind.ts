import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { LOCALES } from '../core/locales';
import { pagefindRootUrl } from '../core/urls';
import { hasIndexedArticles, runPagefind } from '../site/runPagefind';

/**
 * Indexes the built site with Pagefind once Astro has written it, in the output
 * folder of this build (so ZHIKU_OUT_DIR builds get their own index). Each
 * language is one run of the Pagefind CLI into a bundle of its own
 * (`pagefind/<lang>/`): Pagefind holds every page of a run in memory, and the
 * CLI is as fast as the Node API on the same pages (BENCHMARKS.md, issue 12).
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
        let pages = 0;
        for (const locale of LOCALES) {
          if (await hasIndexedArticles(site, locale)) pages += await runPagefind(site, locale);
          else logger.warn(`No ${locale} article to index: ${locale} has no search bundle.`);
        }
        const seconds = ((performance.now() - started) / 1000).toFixed(2);
        logger.info(`Indexed ${pages} pages into ${pagefindRootUrl().slice(1)} in ${seconds}s`);
      },
    },
  };
}
