import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ContentFolder } from '../site/contentFolder';
import { checkContent, formatReport, formatWarnings } from '../site/validation';
import { withBodyCacheFile } from '../site/validation/bodyCacheFile';
import { recordValidatedFiles, validationStarted } from '../site/validatedFiles';
import { checkInWorker, type WorkerFindings } from '../site/validation/checkInWorker';

/** The error a failed validation throws: the report is its message, nothing else. */
export class ContentValidationError extends Error {
  override name = 'ContentValidationError';
}

/**
 * Validates the content folder before Astro loads a single collection entry,
 * so an editor gets every problem at once, each with its file, line, field
 * and fix, instead of Astro's first schema error. `astro dev` only warns: it
 * checks in a worker thread while its server starts (site/validation/checkInWorker.ts),
 * and records the files found clean (site/validatedFiles.ts).
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
        const root = fileURLToPath(config.root);
        const checkHere = (): WorkerFindings =>
          withBodyCacheFile(cacheFile, root, content, (cache) => ({
            report: checkContent(content, cache),
            reused: cache.reused(),
            seconds: (performance.now() - started) / 1000,
          }));
        const found = ({ report: { errors: problems, warnings }, reused, seconds }: WorkerFindings) => {
          logger.info(
            `Checked ${content.articles.length} articles in ${seconds.toFixed(2)}s (${reused} unchanged bodies taken from the cache)`,
          );
          if (warnings.length) logger.warn(formatWarnings(warnings));
          return problems;
        };
        if (command === 'dev') {
          // In a worker thread: the server starts meanwhile. The article loader then checks again only
          // the files saved since the worker read them (site/refuseUnsafeBodies.ts), and the first sync
          // waits for the report until its own end; without one by then, it checks every file itself.
          validationStarted();
          void checkInWorker(cacheFile, root, content)
            .catch((error: unknown) => {
              logger.warn(`Checking the content in a worker failed (${String(error)}): checking it here.`);
              return checkHere();
            })
            .then((findings) => {
              const problems = found(findings);
              recordValidatedFiles(content.articles, problems);
              if (problems.length) logger.warn(formatReport(problems));
            });
          return;
        }
        const problems = found(checkHere());
        if (!problems.length) return;
        throw new ContentValidationError(
          `${formatReport(problems)}\nFix the content above and build again (\`npm run check\` runs the same checks without building).`,
        );
      },
    },
  };
}
