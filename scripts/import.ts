/**
 * npm run import -- <dump.txt> [--out <dir>] [--date YYYY-MM-DD] [--dry-run] [--force]
 *
 * Turns a raw news dump into articles at <out>/<locale>/<slug>.md. The work is
 * done by the pure modules in src/importer/; this file only reads and writes.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { articleSchema } from '../src/core/articles/articleSchema';
import type { ContentFile } from '../src/core/content/contentFiles';
import type { Locale } from '../src/core/language/locales';
import { articleFileText } from '../src/importer/articleFile';
import { englishTitlesOf } from '../src/importer/englishTitles';
import { importDump } from '../src/importer/importDump';
import { locateArticle, locateByTitle, planWrite, writes } from '../src/importer/planWrite';
import { DumpInputError } from '../src/importer/decodeDump';
import { editorNoteLines, progressLine, summaryLines, type ArticleOutcome } from '../src/importer/summary';
import { readArticleFiles } from '../src/site/contentFolder';
import { readDump } from '../src/site/readDump';

const USAGE = 'Usage: npm run import -- <dump.txt> [--out <dir>] [--date YYYY-MM-DD] [--dry-run] [--force]';

function fail(message: string, code = 1): never {
  console.error(`import: ${message}`);
  process.exit(code);
}

/** The article files already in one language folder of the output, by file name. */
function filesOf(existing: readonly ContentFile[], locale: Locale): Map<string, string> {
  const prefix = `${locale}/`;
  return new Map(existing.filter((f) => f.path.startsWith(prefix)).map((f) => [f.path.slice(prefix.length), f.text]));
}

async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        out: { type: 'string', default: 'content/articles' },
        date: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    fail(`${(error as Error).message}\n${USAGE}`, 2);
  }
  const { values, positionals } = parsed;
  if (values.help) return void console.log(USAGE);
  if (positionals.length !== 1) fail(`give exactly one dump file.\n${USAGE}`, 2);
  if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) {
    fail(`--date must be YYYY-MM-DD (the day the dump was collected), not "${values.date}".`, 2);
  }

  // npm runs scripts from the project root; paths typed by the user are relative to where they typed them.
  const here = process.env.INIT_CWD ?? process.cwd();
  const dumpPath = resolve(here, positionals[0]!);
  const outDir = resolve(here, values.out);
  const fromRoot = relative(process.cwd(), dumpPath);
  const dumpName = fromRoot.startsWith('..') || isAbsolute(fromRoot) ? basename(dumpPath) : fromRoot.split(sep).join('/');
  const shown = (path: string) => relative(here, path) || path;

  let text: string;
  try {
    text = await readDump(dumpPath);
  } catch (error) {
    if (error instanceof DumpInputError) fail(error.message.replace(dumpPath, shown(dumpPath)));
    throw error;
  }

  // The articles already there, read by the site's content reader: what the importer may update, skip or find by alias,
  // and the English translations whose titles give their Chinese originals' slugs.
  const existing = readArticleFiles(outDir);
  const result = importDump(text, { ...(values.date ? { collectedOn: values.date } : {}), englishTitles: englishTitlesOf(existing) });
  if (result.articles.length === 0) {
    fail(
      `${shown(dumpPath)} contains no article: no headline line (a short line, not a sentence) was found. Check that this is a news dump.`,
    );
  }
  const undated = result.articles.filter((a) => !a.dateEvidence);
  if (undated.length > 0) {
    const list = undated.map((a) => `  line ${a.line}: "${a.frontmatter.title}"`).join('\n');
    fail(
      `${undated.length} of ${result.articles.length} articles in ${shown(dumpPath)} give no date in their text or source URL:\n${list}\nPass --date YYYY-MM-DD, the day the dump was collected.`,
    );
  }
  for (const line of result.unplaced) {
    console.warn(`import: warning: line ${line.line} comes before the first headline and was not imported: "${line.text.slice(0, 60)}"`);
  }

  const outcomes: ArticleOutcome[] = [];
  const folders = new Map<string, Map<string, string>>();
  for (const article of result.articles) {
    const dir = join(outDir, article.locale);
    if (!folders.has(dir)) folders.set(dir, filesOf(existing, article.locale));
    const files = folders.get(dir)!;
    const fileText = articleFileText(article.frontmatter, article.body, dumpName);
    const checked = articleSchema.safeParse(article.frontmatter);
    if (!checked.success) {
      fail(
        `the article at line ${article.line} of ${shown(dumpPath)} does not fit the article schema (an importer bug, please report it):\n${checked.error.message}`,
      );
    }
    // A file imported under a slug the rules no longer give is found by its dump and title, and left where it is.
    const bySlug = locateArticle(article.slug, files);
    const byTitle = bySlug ? undefined : locateByTitle(article.frontmatter.title, dumpName, files);
    const name = bySlug ?? byTitle ?? `${article.slug}.md`;
    const path = join(dir, name);
    const action = planWrite(fileText, files.get(name), { dump: dumpName, force: values.force });
    if (writes(action) && !values['dry-run']) {
      await mkdir(dir, { recursive: true });
      await writeFile(path, fileText, 'utf8');
      files.set(name, fileText);
    }
    const outcome: ArticleOutcome = { article, path: shown(path), action, ...(byTitle ? { slugNow: article.slug } : {}) };
    outcomes.push(outcome);
    console.log(progressLine(outcome, values['dry-run']));
  }
  const notes = editorNoteLines(outcomes);
  if (notes.length > 0) console.log(['', ...notes].join('\n'));
  console.log('');
  for (const line of summaryLines(outcomes, result.removed, values['dry-run'])) console.log(line);
}

await main();
