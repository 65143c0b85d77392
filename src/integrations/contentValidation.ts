import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ContentFolder } from '../site/contentFolder';
import { checkContent, formatReport, formatWarnings } from '../site/validation';
import { withBodyCacheFile } from '../site/validation/bodyCacheFile';
import { recordValidatedFiles } from '../site/validatedFiles';

/** The error a failed validation throws: the report is its message, nothing else. */
export class ContentValidationError extends Error {
  override name = 'ContentValidationError';
}

/**
 * Validates the content folder before Astro loads a single collection entry,
 * so an editor gets every problem at once, each with its file, line, field
 * and fix, instead of Astro's first schema error. `astro dev` only warns, and
 * records the files found clean (site/validatedFiles.ts).
 * Warnings (a media file no article shows) go to the log and never stop a build.
 * A build keeps what it found in each body in `<cacheDir>/zhiku-validation.json`
 * (validation/bodyCache.ts): the next one parses again only the bodies that changed.
 */
export default function contentValidation(content: ContentFolder): AstroIntegration {
  return {
    name: 'zhiku:content-validation',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const started = performance.now();
        const cacheFile = join(fileURLToPath(config.cacheDir), 'zhiku-validation.json');
        const { errors: problems, warnings } = withBodyCacheFile(cacheFile, fileURLToPath(config.root), content, (cache) => {
          const report = checkContent(content, cache);
          const seconds = ((performance.now() - started) / 1000).toFixed(2);
          logger.info(
            `Checked ${content.articles.length} articles in ${seconds}s (${cache.reused()} unchanged bodies taken from the cache)`,
          );
          return report;
        });
        if (warnings.length) logger.warn(formatWarnings(warnings));
        // The article loader then checks again only the files saved since (site/refuseUnsafeBodies.ts).
        if (command === 'dev') recordValidatedFiles(content.articles, problems);
        if (!problems.length) return;
        const report = formatReport(problems);
        if (command === 'dev') {
          logger.warn(report);
          return;
        }
        throw new ContentValidationError(
          `${report}\nFix the content above and build again (\`npm run check\` runs the same checks without building).`,
        );
      },
    },
  };
}
