/**
 * `npm run translations`: the translation state of every article.
 *
 *   npm run translations                        list every article: translated, missing, outdated, unstamped,
 *                                               and warn of glossary terms a translation never renders
 *   npm run translations -- --check             the same, and exit 1 unless every article is translated
 *                                               (the glossary warnings never fail it)
 *   npm run translations -- --stamp zh/<slug>   after updating a translation, record the original it now matches
 *
 * Reads ZHIKU_CONTENT_DIR (default ./content). It never edits a file unless
 * --stamp names it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { frontmatterFields } from '../src/core/content/frontmatter';
import { parseGlossary, type GlossaryEntry } from '../src/core/glossary/glossary';
import { droppedTerms } from '../src/core/glossary/glossaryConsistency';
import { termText } from '../src/markdown/termText';
import { contentDir } from '../src/site/contentDir';
import { readContentFolder } from '../src/site/contentFolder';
import { LOCALES } from '../src/core/language/locales';
import { parseArticlePath } from '../src/core/links/slugs';
import { stampTranslation } from '../src/core/translations/stampTranslation';
import { translationStatuses, type StatusArticle, type TranslationState } from '../src/core/translations/translationStatus';

const STATES: TranslationState[] = ['translated', 'missing', 'outdated', 'unstamped'];

interface ScriptArticle extends StatusArticle {
  /** Where the file is, to write a stamp into. */
  file: string;
  /** The file as the report names it. */
  shown: string;
  mdx: boolean;
}

// 1. Read every article file and the glossary of the content folder (the site's one reader).
function readContent(dir: string): { articles: ScriptArticle[]; glossary: GlossaryEntry[] } {
  const folder = readContentFolder(dir);
  const articles = folder.articles.flatMap((source) => {
    if ('error' in source.key) return [];
    const data = frontmatterFields(source.frontmatter) as StatusArticle['data'];
    const file = join(dir, 'articles', source.path);
    return [{ ...source.key, file, shown: source.file, mdx: source.path.endsWith('.mdx'), body: source.frontmatter.body, data }];
  });
  const glossary = folder.glossary ? parseGlossary(folder.glossary.text, folder.glossary.file) : [];
  return { articles, glossary };
}

const { values } = parseArgs({
  options: {
    stamp: { type: 'string', multiple: true },
    check: { type: 'boolean', default: false },
  },
});
const dir = contentDir();
const { articles, glossary } = readContent(dir);
const statuses = translationStatuses(articles);

// 2. --stamp: write the original's current hash into the named translations, and nothing else.
if (values.stamp?.length) {
  let failed = false;
  for (const name of values.stamp) {
    const key = parseArticlePath(name.replace(/\.mdx?$/, '') + '.md');
    const status = 'error' in key ? undefined : statuses.find((s) => s.slug === key.slug && s.locale === key.locale);
    const article = 'error' in key ? undefined : articles.find((a) => a.slug === key.slug && a.locale === key.locale);
    if (!status || !article || status.state === 'missing') {
      console.error(
        `Cannot stamp ${name}: it is not a published translation (name it as <lang>/<slug>, e.g. zh/${'error' in key ? 'some-slug' : key.slug}).`,
      );
      failed = true;
      continue;
    }
    writeFileSync(
      article.file,
      stampTranslation(readFileSync(article.file, 'utf8'), { from: status.original, sourceHash: status.currentHash }),
    );
    console.log(`Stamped ${name}: made from the ${status.original} original with hash ${status.currentHash}.`);
  }
  process.exit(failed ? 1 : 0);
}

// 3. The report: one line per article and language, then the totals.
const width = Math.max(7, ...statuses.map((s) => s.slug.length));
console.log(`Translations in ${dir} (${LOCALES.join(', ')})\n`);
console.log(`${'state'.padEnd(11)} ${'article'.padEnd(width)}  original  translation`);
for (const s of statuses) {
  const note =
    s.state === 'outdated'
      ? `  made from ${s.recordedHash}, original is now ${s.currentHash}`
      : s.state === 'unstamped'
        ? '  no translation.sourceHash recorded'
        : '';
  console.log(`${s.state.padEnd(11)} ${s.slug.padEnd(width)}  ${s.original.padEnd(8)}  ${s.locale}${note}`);
}
const counts = STATES.map((state) => `${statuses.filter((s) => s.state === state).length} ${state}`);
console.log(`\n${counts.join(', ')}`);

// 4. Glossary terms of an original whose counterpart its translation never uses: a warning to read, never a failure.
const versionOf = (slug: string, locale: string) => articles.find((a) => a.slug === slug && a.locale === locale);
const dropped = statuses.flatMap((s) => {
  const original = versionOf(s.slug, s.original);
  const translation = s.state === 'missing' ? undefined : versionOf(s.slug, s.locale);
  if (!original || !translation) return [];
  const read = (a: ScriptArticle) => termText(a.body, { locale: a.locale, mdx: a.mdx });
  return droppedTerms(read(original), read(translation), glossary).map((term) => ({ file: translation.shown, from: s.original, ...term }));
});
if (dropped.length) {
  console.log(`\nGlossary terms of an original that its translation never uses (${dropped.length}; a warning, never a failure):`);
  for (const d of dropped) {
    const times = d.count === 1 ? 'once' : `${d.count} times`;
    console.log(`warning  ${d.file}  ${d.term} (${times} in the ${d.from} original) → none of ${d.counterparts.join(', ')}`);
  }
}
const needStamp = statuses.filter((s) => s.state === 'outdated' || s.state === 'unstamped');
if (needStamp.length) {
  console.log(
    `\nOnce a translation matches its original again, record it with:\n  npm run translations -- ${needStamp.map((s) => `--stamp ${s.locale}/${s.slug}`).join(' ')}`,
  );
}
if (values.check && statuses.some((s) => s.state !== 'translated')) process.exit(1);
