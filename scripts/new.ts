/**
 * `npm run new`: starts an article file, or the translation of one, and opens nothing.
 *
 *   npm run new -- <en|zh> <slug> [--title "…"] [--date YYYY-MM-DD]   a new article, dated today
 *   npm run new -- --translate en/<slug> [--to zh]                    its translation: the original's headings as a skeleton, stamped
 *
 * Writes into the content folder (ZHIKU_CONTENT_DIR, default ./content). It
 * never overwrites a file, and writes nothing the build would reject: the new
 * file is validated with the rest of the folder first (src/site/validation).
 * Exit codes: 0 written, 1 refused (the file exists, the slug breaks the rules,
 * the original is missing, or the file would not validate), 2 usage error.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { articleSource, type ArticleSource } from '../src/core/content/contentFiles';
import { isLocale, LOCALES, otherLocales, type Locale } from '../src/core/language/locales';
import { newArticleText, titleFromSlug } from '../src/core/articles/newArticle';
import { isValidSlug, parseArticlePath } from '../src/core/links/slugs';
import { articleUrl } from '../src/core/links/urls';
import { translationText } from '../src/markdown/translationScaffold';
import { contentDir } from '../src/site/contentDir';
import { readContentFolder, shownPath, type ContentFolder } from '../src/site/contentFolder';
import { publicPath } from '../src/site/publicPath';
import { formatProblem, validateContent } from '../src/site/validation';

const USAGE = [
  'Usage: npm run new -- <lang> <slug> [--title "…"] [--date YYYY-MM-DD]',
  '       npm run new -- --translate <lang>/<slug> [--to <lang>]',
  `Languages: ${LOCALES.join(', ')}. A slug is lowercase letters a-z, digits and single hyphens, e.g. fatf-travel-rule.`,
].join('\n');

function fail(message: string, code: 1 | 2): never {
  console.error(`new: ${message}${code === 2 ? `\n${USAGE}` : ''}`);
  process.exit(code);
}

/** Today in the editor's own time zone, as YYYY-MM-DD. */
function today(): string {
  const now = new Date();
  return [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n, i) => String(n).padStart(i ? 2 : 4, '0')).join('-');
}

/** The file to write: where, and its text. */
interface Plan {
  locale: Locale;
  slug: string;
  /** `.md` or `.mdx`. */
  ext: string;
  text: string;
}

// 1. Read the command line: what to write.
let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      title: { type: 'string' },
      date: { type: 'string' },
      translate: { type: 'string' },
      to: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
} catch (error) {
  fail((error as Error).message, 2);
}
const { values, positionals } = parsed;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const dir = contentDir();
const articlesDir = join(dir, 'articles');
const content: ContentFolder = readContentFolder(dir);
const shown = (locale: Locale, slug: string, ext: string) => shownPath(join(articlesDir, locale, `${slug}${ext}`));

function newArticlePlan(): Plan {
  if (values.to !== undefined) fail('--to goes with --translate.', 2);
  if (positionals.length !== 2) fail('give the language and the slug of the new article.', 2);
  const [lang, slug] = positionals as [string, string];
  if (!isLocale(lang)) fail(`"${lang}" is not a language of the site.`, 2);
  if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) fail(`--date must be YYYY-MM-DD, not "${values.date}".`, 2);
  if (!isValidSlug(slug)) {
    fail(
      `cannot write ${shown(lang, slug, '.md')}: "${slug}" is not a slug. Use lowercase letters a-z, digits and single hyphens, e.g. fatf-travel-rule.`,
      1,
    );
  }
  const title = values.title?.trim() || titleFromSlug(slug);
  return { locale: lang, slug, ext: '.md', text: newArticleText({ title, date: values.date ?? today() }) };
}

function translationPlan(name: string): Plan {
  if (positionals.length || values.title !== undefined || values.date !== undefined) {
    fail('--translate takes the original as <lang>/<slug> and nothing else but --to: the translation keeps its date and title.', 2);
  }
  const key = parseArticlePath(`${name.replace(/\.mdx?$/, '')}.md`);
  if ('error' in key) fail(`cannot translate ${name}: ${key.error}.`, 1);
  const original = content.articles.find(
    (a): a is ArticleSource & { key: typeof key } => !('error' in a.key) && a.key.locale === key.locale && a.key.slug === key.slug,
  );
  if (!original) {
    fail(
      `there is no article ${shown(key.locale, key.slug, '.md')} to translate: check the language and slug (\`npm run translations\` lists every article).`,
      1,
    );
  }
  const others = otherLocales(key.locale);
  const to = values.to ?? (others.length === 1 ? others[0] : undefined);
  if (!to || !isLocale(to) || to === key.locale) fail(`name the language to translate into with --to (${others.join(', ')}).`, 2);
  const ext = original.path.endsWith('.mdx') ? '.mdx' : '.md';
  return { locale: to, slug: key.slug, ext, text: translationText({ path: original.path, locale: key.locale, text: original.text }) };
}

const plan = values.translate !== undefined ? translationPlan(values.translate) : newArticlePlan();
const target = shown(plan.locale, plan.slug, plan.ext);

// 2. Never overwrite: one file per language and slug, whichever its extension.
const existing = content.articles.find((a) => !('error' in a.key) && a.key.locale === plan.locale && a.key.slug === plan.slug);
if (existing) fail(`${existing.file} already exists, and nothing was written: edit that file, or choose another slug.`, 1);

// 3. Validate the folder with the new file in it: refuse what the build would reject.
const path = `${plan.locale}/${plan.slug}${plan.ext}`;
const before = new Set(validateContent(content).map(formatProblem));
const added = validateContent({ ...content, articles: [...content.articles, articleSource({ path, file: target, text: plan.text })] })
  .map(formatProblem)
  .filter((p) => !before.has(p));
if (added.length)
  fail(`${target} would not pass the content checks, so nothing was written:\n${added.map((p) => `  ✖ ${p}`).join('\n')}`, 1);

// 4. Write it ('wx': not even a file that appeared meanwhile is overwritten).
try {
  mkdirSync(join(articlesDir, plan.locale), { recursive: true });
  writeFileSync(join(articlesDir, path), plan.text, { flag: 'wx' });
} catch (error) {
  fail(`could not write ${target}: ${(error as Error).message}`, 1);
}
// The address the dev server and the built site answer it at: under the site's base path.
const url = publicPath(articleUrl(plan.locale, plan.slug));
console.log(
  values.translate === undefined
    ? `Wrote ${target}: \`npm run dev\` shows it at ${url}.`
    : `Wrote ${target} with the original's headings and its stamp; it replaces the original at ${url} once published, so translate it before you commit it.`,
);
