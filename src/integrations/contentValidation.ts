import type { AstroIntegration } from 'astro';
import type { ContentFolder } from '../site/contentFolder';
import { checkContent, formatReport, formatWarnings } from '../site/validation';

/** The error a failed validation throws: the report is its message, nothing else. */
export class ContentValidationError extends Error {
  override name = 'ContentValidationError';
}

/**
 * Validates the content folder before Astro loads a single collection entry,
 * so an editor gets every problem at once, each with its file, line, field
 * and fix, instead of Astro's first schema error. `astro dev` only warns.
 * Warnings (a media file no article shows) go to the log and never stop a build.
 */
export default function contentValidation(content: ContentFolder): AstroIntegration {
  return {
    name: 'zhiku:content-validation',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const { errors: problems, warnings } = checkContent(content);
        if (warnings.length) logger.warn(formatWarnings(warnings));
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
