import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ContentFolder } from '../site/contentFolder';
import { checkContent, formatReport, formatWarnings } from '../site/validation';
import { withBodyCacheFile } from '../site/validation/bodyCacheFile';
import { recordValidatedFiles, validationStarted } from '../site/validatedFiles';
import { checkInWorker, type WorkerFindings } from '../site/validation/checkInWorker';
import { validationPending } from '../site/validationReport';
import type { ContentProblem } from '../core/content/contentProblem';

/** The error a failed validation throws: the report is its message, nothing else. */
export class ContentValidationError extends Error {
  override name = 'ContentValidationError';
}

/** The error a build stops with when the validator found problems. */
const refusal = (problems: readonly ContentProblem[]) =>
  new ContentValidationError(
    `${formatReport(problems)}\nFix the content above and build again (\`npm run check\` runs the same checks without building).`,
  );

/**
 * Validates the content folder so that an editor gets every problem at once,
 * each with its file, line, field and fix, instead of Astro's first schema
 * error. It checks in a worker thread (site/validation/checkInWorker.ts), and
 * on the main thread only when the worker cannot run.
 * `astro build` checks while Astro syncs the content (at 10,000 articles, ten
 * seconds of the sync's half minute, on the second core), and stops with the
 * report before a single page renders (`astro:build:start`, which follows the
 * sync and comes before the content store is written: integrations/dataStoreModule.ts).
 * A loader that fails before the report is in waits for it and throws it instead
 * (site/validationReport.ts reportFirst, around both loaders of src/content.config.ts),
 * as does one still running when the report refuses the content.
 * `astro dev` only warns: it checks while its server starts, and records the
 * files found clean (site/validatedFiles.ts).
 * Warnings (a media file no article shows) go to the log and never stop a build.
 * A build keeps what it found in each body in `<cacheDir>/zhiku-validation.json`
 * (validation/bodyCache.ts, written by the worker): the next one parses again only the bodies that changed.
 */
export default function contentValidation(content: ContentFolder): AstroIntegration {
  /** In a build: the outcome of the check, the error the build stops with or none. */
  let outcome: Promise<Error | undefined> | undefined;
  return {
    name: 'zhiku:content-validation',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const started = performance.now();
        const cacheFile = join(fileURLToPath(config.cacheDir), 'zhiku-validation.json');
        const root = fileURLToPath(config.root);
        let where = 'in a worker thread';
        const checkHere = (): WorkerFindings => {
          where = 'on the main thread';
          return withBodyCacheFile(cacheFile, root, content, (cache) => ({
            report: checkContent(content, cache),
            reused: cache.reused(),
            seconds: (performance.now() - started) / 1000,
          }));
        };
        // The seconds from the start to the report, which in a worker include starting it (tsx compiling the validator: a few seconds).
        const found = ({ report: { errors: problems, warnings }, reused }: WorkerFindings) => {
          const seconds = (performance.now() - started) / 1000;
          logger.info(
            `Checked ${content.articles.length} articles in ${seconds.toFixed(2)}s (${reused} unchanged bodies taken from the cache), ${where}`,
          );
          if (warnings.length) logger.warn(formatWarnings(warnings));
          return problems;
        };
        // The main thread goes on meanwhile: the dev server starts, the build syncs the content.
        // (A worker that cannot start fails either way: synchronously, when tsx is not found, or with an error event.)
        const findings = new Promise<WorkerFindings>((done) => done(checkInWorker(cacheFile, root, content, command === 'dev'))).catch(
          (error: unknown) => {
            logger.warn(`Checking the content in a worker failed (${String(error)}): checking it here.`);
            return checkHere();
          },
        );
        if (command === 'dev') {
          // The article loader then checks again only the files saved since the worker read them
          // (site/refuseUnsafeBodies.ts), and the first sync waits for the report until its own end;
          // without one by then, it checks every file itself.
          validationStarted();
          void findings.then((findings) => {
            const problems = found(findings);
            recordValidatedFiles(content.articles, problems);
            if (problems.length) logger.warn(formatReport(problems));
          });
          return;
        }
        logger.info(`Checking ${content.articles.length} articles in a worker thread while the content syncs`);
        outcome = findings.then((findings) => {
          const problems = found(findings);
          return problems.length ? refusal(problems) : undefined;
        });
        validationPending(outcome);
      },
      // After the content sync, before any page renders or the content store is written: a build publishes nothing the validator rejects.
      'astro:build:start': async () => {
        const error = await outcome;
        if (error) throw error;
      },
    },
  };
}
