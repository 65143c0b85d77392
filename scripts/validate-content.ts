/**
 * `npm run check` step: validates the content folder (ZHIKU_CONTENT_DIR, or
 * ./content) without building, and exits 1 with every problem listed.
 * The build runs the same validator (src/integrations/contentValidation.ts).
 */
import { contentDir } from '../src/site/contentDir';
import { formatReport, validateContentDir } from '../src/site/validation';

const dir = process.argv[2] ?? contentDir();
const problems = validateContentDir(dir);
if (problems.length) {
  console.error(formatReport(problems));
  console.error('\nFix the content above; `npm run check` runs these checks again.');
  process.exit(1);
}
console.log(`${formatReport(problems)} (${dir})`);
