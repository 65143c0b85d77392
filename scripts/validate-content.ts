/**
 * `npm run check` step: validates the content folder (ZHIKU_CONTENT_DIR, or
 * ./content) without building, and exits 1 with every problem listed.
 * Warnings are listed too and never change the exit code.
 * The build runs the same validator (src/integrations/contentValidation.ts).
 */
import { contentDir } from '../src/site/contentDir';
import { checkContentDir, formatReport, formatWarnings } from '../src/site/validation';

const dir = process.argv[2] ?? contentDir();
const { errors: problems, warnings } = checkContentDir(dir);
if (warnings.length) console.warn(`${formatWarnings(warnings)}\n`);
if (problems.length) {
  console.error(formatReport(problems));
  console.error('\nFix the content above; `npm run check` runs these checks again.');
  process.exit(1);
}
console.log(`${formatReport(problems)} (${dir})`);
