/**
 * `npm run lighthouse [-- --content DIR | --site DIR]`: Lighthouse (mobile preset, simulated
 * throttling) on one article page per language, and on an article page that shows images when the
 * site has one, against Debian's Chromium.
 *
 * Builds the content folder (default: the real `content/`) into a temp dir, or audits an
 * already built `--site`; serves it on 127.0.0.1; prints the four category scores per page
 * and every audit that kept a category below 100.
 */
import { execFile } from 'node:child_process';
import { readdir, readFile, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { parseArgs } from 'node:util';
import { findChromium } from '../tests/helpers/browser';
import { buildSite } from '../tests/helpers/buildSite';
import { serveStatic } from '../tests/helpers/serve';
import { textTable } from './budgets';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '..');
const LIGHTHOUSE_CLI = join(ROOT, 'node_modules/lighthouse/cli/index.js');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'];

const { values } = parseArgs({ options: { content: { type: 'string' }, site: { type: 'string' } } });

interface Lhr {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { title: string; score: number | null; scoreDisplayMode: string; displayValue?: string }>;
  runtimeError?: { message: string };
}

/**
 * A full article written in both languages (not a fallback, not a brief: those have
 * no text to describe), else any article page.
 */
async function pickSlug(site: string): Promise<string> {
  const perLang = await Promise.all(['en', 'zh'].map((l) => readdir(join(site, l, 'articles')).catch(() => [] as string[])));
  const both = perLang[0]!.filter((s) => perLang[1]!.includes(s)).sort();
  for (const slug of both) {
    const pages = await Promise.all(['en', 'zh'].map((l) => readFile(join(site, l, 'articles', slug, 'index.html'), 'utf8')));
    // Indexed (so not a fallback showing the other language) and described (so not a brief).
    if (pages.every((html) => html.includes('data-pagefind-body') && html.includes('<meta name="description"'))) return slug;
  }
  const slug = both[0] ?? [...perLang[0]!, ...perLang[1]!].sort()[0];
  if (!slug) throw new Error(`no article pages under ${site}/{en,zh}/articles/`);
  return slug;
}

/**
 * The article page whose text shows the most images (Markdown images and figures), in either
 * language, or undefined when no article shows one: its first view carries the images' markup and files.
 */
async function pickImagePage(site: string): Promise<string | undefined> {
  let best: { path: string; images: number } | undefined;
  for (const lang of ['en', 'zh']) {
    const slugs = (await readdir(join(site, lang, 'articles')).catch(() => [] as string[])).sort();
    for (const slug of slugs) {
      const html = await readFile(join(site, lang, 'articles', slug, 'index.html'), 'utf8').catch(() => '');
      if (!html.includes('data-pagefind-body')) continue;
      const images = html.slice(html.indexOf('class="prose"')).match(/<img\b/g)?.length ?? 0;
      if (images > (best?.images ?? 0)) best = { path: `/${lang}/articles/${slug}/`, images };
    }
  }
  return best?.path;
}

async function audit(url: string, chromePath: string): Promise<Lhr> {
  const { stdout } = await run(
    process.execPath,
    [
      LIGHTHOUSE_CLI,
      url,
      '--quiet',
      '--output=json',
      '--output-path=stdout',
      `--only-categories=${CATEGORIES.join(',')}`,
      `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
    ],
    { env: { ...process.env, CHROME_PATH: chromePath }, maxBuffer: 64 * 1024 * 1024 },
  );
  const lhr = JSON.parse(stdout) as Lhr;
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
  return lhr;
}

const chromePath = findChromium();
if (!chromePath) throw new Error('No Chromium: install it with `apt-get install -y chromium` (or set CHROMIUM_PATH).');

const built = values.site ? undefined : await buildSite(values.content ?? join(ROOT, 'content'));
const site = values.site ? resolve(values.site) : built!.outDir;
const server = await serveStatic(site);
const rows = [['page', ...CATEGORIES]];
const below: string[] = [];
try {
  const slug = await pickSlug(site);
  const withImages = await pickImagePage(site);
  if (!withImages) console.warn('No article shows an image: the run has no page with images.');
  const paths = [...['en', 'zh'].map((lang) => `/${lang}/articles/${slug}/`), withImages].filter(
    (path, i, all): path is string => path !== undefined && all.indexOf(path) === i,
  );
  for (const path of paths) {
    const lhr = await audit(`${server.url}${path}`, chromePath);
    rows.push([path, ...CATEGORIES.map((c) => String(Math.round((lhr.categories[c]?.score ?? 0) * 100)))]);
    for (const c of CATEGORIES) {
      for (const ref of lhr.categories[c]?.auditRefs ?? []) {
        const a = lhr.audits[ref.id];
        if (ref.weight > 0 && a && a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative') {
          below.push(`${path} ${c}: ${a.title} (${Math.round(a.score * 100)}${a.displayValue ? `, ${a.displayValue}` : ''})`);
        }
      }
    }
  }
} finally {
  await server.close();
  if (built) await rm(dirname(built.outDir), { recursive: true, force: true });
}

const { stdout: version } = await run(process.execPath, [LIGHTHOUSE_CLI, '--version']);
console.log(`Lighthouse ${version.trim()} (mobile preset, simulated throttling), ${chromePath}\n`);
console.log(textTable(rows));
console.log(below.length ? `\nBelow 100:\n${below.map((b) => `  ${b}`).join('\n')}` : '\nEvery category at 100 on every page.');
