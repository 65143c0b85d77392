/**
 * The benchmark of issue 7: `npm run bench -- [--articles N] [--runs R] [--keep]`.
 *
 * 1. Writes a deterministic synthetic bilingual corpus of N articles into node_modules/.cache/zhiku-bench/.
 * 2. Builds it with Zhiku and with the plain-Astro floor (bench/floor), alternately, R times each.
 * 3. Measures the last Zhiku build in Chromium: first view of an article per language, first search.
 * 4. Prints a readable table with each figure against its budget, then one JSON object.
 *
 * `npm run bench -- --dev [--articles N] [--no-floor] [--cpu-prof DIR]` measures the editor's loop in
 * `astro dev` instead (bench/measure/devLoop.ts): Zhiku's dev server, then the floor's, on the same corpus.
 */
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../tests/helpers/browser';
import { serveStatic } from '../tests/helpers/serve';
import { BUDGETS, median, textTable, withinBudget, type BudgetLine } from './budgets';
import { writeCorpus } from './generateCorpus';
import { firstView, type FirstView } from './measure/firstView';
import { devLoop, type DevLoop } from './measure/devLoop';
import { editOneArticle, pagesReused } from './measure/incremental';
import { gitDatesTiming } from './measure/gitHistory';
import { outputSize, type OutputSize } from './measure/outputSize';
import { PAGEFIND_DEFAULT_UI, searchTiming, type SearchTiming, type SearchUi } from './measure/searchTiming';
import { timedBuild, type BuildTiming } from './measure/timedBuild';

const ROOT = resolve(import.meta.dirname, '..');
const ASTRO_BIN = join(ROOT, 'node_modules/astro/bin/astro.mjs');
/** Words that the corpus vocabulary guarantees, one per language. */
const SEARCH_WORDS = { en: 'stablecoin', zh: '稳定币' } as const;

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '3' },
    keep: { type: 'boolean', default: false },
    /** Build a snapshot of this commit (git archive) instead of the working tree, e.g. HEAD. */
    commit: { type: 'string' },
    /** Start no further pair of builds that would not end by this UTC time (HH:MM); report the runs done. */
    until: { type: 'string' },
    /** `--no-floor`: Zhiku alone (clean and incremental builds, browser figures), for the size curve. */
    floor: { type: 'boolean', default: true },
    /** The dev server's loop (first page, edits visible) instead of builds. */
    dev: { type: 'boolean', default: false },
    /** With --dev: write a CPU profile of Zhiku's dev server into this folder (node --cpu-prof). */
    'cpu-prof': { type: 'string' },
  },
  allowNegative: true,
});
const articles = Number(values.articles);
const runs = Number(values.runs);
if (!Number.isInteger(articles) || articles < 2 || !Number.isInteger(runs) || runs < 1) {
  throw new Error(
    'usage: npm run bench -- [--articles N (>= 2)] [--runs R (>= 1)] [--commit REF] [--until HH:MM (UTC)] [--no-floor] [--keep]',
  );
}
const deadline = values.until ? untilToday(values.until) : undefined;

/** The next moment the clock shows HH:MM UTC. */
function untilToday(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  const at = new Date();
  at.setUTCHours(h!, m!, 0, 0);
  if (at.getTime() < Date.now() - 12 * 3600_000) at.setUTCDate(at.getUTCDate() + 1);
  return at.getTime();
}

const progress = (message: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);

type Site = 'zhiku' | 'floor';
const sites: readonly Site[] = values.floor ? ['zhiku', 'floor'] : ['zhiku'];
// Inside the project, like tests/helpers/buildSite.ts: Astro keeps a build's server chunks (.prerender/)
// in the output folder only when it is under the working directory, else in the shared ./.astro/.
const benchRoot = join(ROOT, 'node_modules/.cache/zhiku-bench');
await mkdir(benchRoot, { recursive: true });
// The dev server's corpus goes outside node_modules, which Vite's file watcher ignores: edits there would never show.
const work = await mkdtemp(values.dev ? join(tmpdir(), 'zhiku-bench-dev-') : join(benchRoot, 'run-'));
const contentDir = join(work, 'content');

/**
 * With --commit, the sites are built from `git archive <ref>` (sharing this node_modules), so that
 * edits in progress in the working tree neither break nor change the measurement.
 */
async function snapshot(ref: string): Promise<{ root: string; commit: string }> {
  const root = join(work, 'source');
  await mkdir(root);
  const archived = spawnSync('sh', ['-c', 'git -C "$1" archive "$2" | tar -x -C "$3"', 'sh', ROOT, ref, root], { encoding: 'utf8' });
  if (archived.status !== 0) throw new Error(`git archive ${ref} failed: ${archived.stderr}`);
  await symlink(join(ROOT, 'node_modules'), join(root, 'node_modules'));
  const commit = spawnSync('git', ['-C', ROOT, 'rev-parse', '--short', ref], { encoding: 'utf8' }).stdout.trim();
  return { root, commit };
}
const source = values.commit ? await snapshot(values.commit) : { root: ROOT, commit: 'working tree' };
// Builds go under the directory they run in (see above).
const buildsDir = source.root === ROOT ? work : join(source.root, '.bench');
progress(`building ${source.root === ROOT ? 'the working tree' : `commit ${source.commit}`}`);

// Wikilinks when Zhiku's config resolves them; ordinary links otherwise (the floor renders either as text).
const linkStyle = /remarkArticleLinks|markdownProcessorOptions/.test(readFileSync(join(source.root, 'astro.config.mjs'), 'utf8'))
  ? 'wikilink'
  : 'markdown';
progress(`writing ${articles} articles (${linkStyle} links) to ${contentDir}`);
const slugs = await writeCorpus(contentDir, { articles, linkStyle });

const machine = {
  nproc: availableParallelism(),
  cpu: cpus()[0]?.model ?? 'unknown',
  ramGb: Math.round(totalmem() / 1024 ** 3),
  node: process.version,
  date: new Date().toISOString(),
};

if (values.dev) {
  const slug = slugs[Math.floor(slugs.length / 2)]!;
  const loops: Partial<Record<Site, DevLoop>> = {};
  for (const site of sites) {
    progress(`${site} dev server on ${articles} articles, editing en/${slug}…`);
    const cpuProf = site === 'zhiku' && values['cpu-prof'] ? ['--cpu-prof', '--cpu-prof-dir', resolve(values['cpu-prof'])] : [];
    loops[site] = await devLoop({
      contentDir,
      lang: 'en',
      slug,
      // With --commit, the snapshot's sites (it shares this node_modules).
      site:
        site === 'zhiku'
          ? { nodeArgs: cpuProf, root: source.root === ROOT ? undefined : source.root }
          : { root: join(source.root, 'bench/floor'), contentVar: 'BENCH_CONTENT_DIR', cacheVar: 'BENCH_CACHE_DIR' },
      progress: (m) => progress(`${site}: ${m}`),
    });
  }
  const rows: [string, keyof DevLoop][] = [
    ['server up', 'serverUp'],
    ['first article page', 'firstPage'],
    ['body edit visible', 'bodyEdit'],
    ['title edit visible', 'titleEdit'],
    ['second body edit visible', 'secondBodyEdit'],
  ];
  const cell = (site: Site, key: keyof DevLoop) => (loops[site] ? `${loops[site][key].toFixed(1)} s` : '—');
  const ratioCell = (key: keyof DevLoop) => (loops.floor ? `${(loops.zhiku![key] / loops.floor[key]).toFixed(2)}×` : '—');
  console.log(
    `\nZhiku dev server (${source.commit}): ${articles} articles, ${machine.nproc} × ${machine.cpu}, ${machine.ramGb} GB, Node ${machine.node}, load ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}\n`,
  );
  console.log(
    textTable([
      ['figure', 'Zhiku', 'floor', 'Zhiku ÷ floor'],
      ...rows.map(([label, key]) => [label, cell('zhiku', key), cell('floor', key), ratioCell(key)]),
    ]) + '\n',
  );
  console.log(JSON.stringify({ dev: true, articles, source: source.commit, machine, loadAverage: loadavg(), slug, ...loops }));
  if (values.keep) progress(`kept ${work}`);
  else await rm(work, { recursive: true, force: true });
  process.exit(0);
}

/**
 * Builds a site into its own folder; `over` names another build's folders (the incremental figure: its cache,
 * and its dist/ published over, as an editor's next build does).
 */
async function build(
  site: Site,
  run: number | 'incremental',
  over?: { outDir: string; cacheDir: string },
): Promise<BuildTiming & { outDir: string; cacheDir: string }> {
  const dir = join(buildsDir, `${site}-${run}`);
  await mkdir(dir, { recursive: true });
  const outDir = over?.outDir ?? join(dir, 'dist');
  const cacheDir = over?.cacheDir ?? join(dir, 'cache');
  const env =
    site === 'zhiku'
      ? { ZHIKU_CONTENT_DIR: contentDir, ZHIKU_OUT_DIR: outDir, ZHIKU_CACHE_DIR: cacheDir }
      : { BENCH_CONTENT_DIR: contentDir, BENCH_OUT_DIR: outDir, BENCH_CACHE_DIR: cacheDir };
  progress(`${site} build ${run}/${runs}…`);
  // No heap flag from here: Zhiku builds the way `npm run build` does (scripts/build.mjs sets the heap
  // it needs); the floor builds like a minimal Astro site, with Node's default heap.
  const launcher = join(source.root, 'scripts/build.mjs');
  const command =
    site === 'zhiku' && existsSync(launcher)
      ? { script: launcher, args: [] }
      : { script: ASTRO_BIN, args: ['build', ...(site === 'floor' ? ['--root', 'bench/floor'] : [])] };
  const timing = await timedBuild({
    ...command,
    env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1' },
    cwd: source.root,
    rssFile: join(dir, 'time.txt'),
  });
  progress(
    `${site} build ${run}/${runs}: ${timing.totalSeconds.toFixed(1)} s (Pagefind ${timing.pagefindSeconds.toFixed(1)} s), CPU ${timing.cpuSeconds?.toFixed(1)} s, ${timing.peakRssMb} MB`,
  );
  return { ...timing, outDir, cacheDir };
}

const views: Record<string, FirstView> = {};
const searches: Record<string, SearchTiming | string> = {};
/** The same searches with Pagefind's default UI on the floor's search pages. */
const floorSearches: Record<string, SearchTiming | string> = {};

/** Times one word's first search on a built site's search page, or says why it cannot. */
async function timeSearch(browser: Browser, outDir: string, url: string, lang: 'en' | 'zh', ui?: SearchUi): Promise<SearchTiming | string> {
  return existsSync(join(outDir, lang, 'search', 'index.html'))
    ? await searchTiming(browser, `${url}/${lang}/search/`, SEARCH_WORDS[lang], ui)
    : `no search page at /${lang}/search/ in this build`;
}

/** First views of Zhiku, then each word's first search on Zhiku and on the floor's default UI, one after the other. */
async function measureInBrowser(): Promise<void> {
  progress('measuring in Chromium…');
  const zhikuOut = timings.zhiku[0]!.outDir;
  const floorOut = timings.floor[0]?.outDir;
  const browser = await launchBrowser();
  const server = await serveStatic(zhikuOut);
  const floorServer = floorOut ? await serveStatic(floorOut) : undefined;
  try {
    for (const lang of ['en', 'zh'] as const) {
      views[lang] = await firstView(browser, `${server.url}/${lang}/articles/${slugs[0]}/`);
    }
    for (const lang of ['en', 'zh'] as const) {
      searches[lang] = await timeSearch(browser, zhikuOut, server.url, lang);
      if (floorOut && floorServer) floorSearches[lang] = await timeSearch(browser, floorOut, floorServer.url, lang, PAGEFIND_DEFAULT_UI);
    }
  } finally {
    await browser.close();
    await server.close();
    await floorServer?.close();
  }
  const brief = (all: Record<string, SearchTiming | string>) =>
    Object.fromEntries(Object.entries(all).map(([l, t]) => [l, typeof t === 'string' ? t : { cold: t.cold.ms, warm: t.warm.ms }]));
  progress(`first view and search measured: Zhiku ${JSON.stringify(brief(searches))}, default UI ${JSON.stringify(brief(floorSearches))}`);
}

const timings: Record<Site, (BuildTiming & { outDir: string; cacheDir: string })[]> = { zhiku: [], floor: [] };
let completedRuns = 0;
let stoppedEarly = '';
for (let run = 1; run <= runs; run++) {
  if (deadline && run > 1) {
    const pairSeconds = timings.zhiku.at(-1)!.totalSeconds + (timings.floor.at(-1)?.totalSeconds ?? 0);
    if (Date.now() + pairSeconds * 1000 > deadline) {
      stoppedEarly = `stopped after ${completedRuns} of ${runs} runs: another pair (~${Math.round(pairSeconds)} s) would end after --until ${values.until} UTC`;
      progress(stoppedEarly);
      break;
    }
  }
  for (const site of sites) {
    timings[site].push(await build(site, run));
    // Keep the first output of each site, for sizes and the browser.
    if (run > 1) await rm(join(buildsDir, `${site}-${run}`), { recursive: true, force: true });
    // Measure in the browser as soon as there are both sites, so that a run cut short still has the figures.
    if (run === 1 && site === sites.at(-1)) await measureInBrowser();
  }
  completedRuns = run;
}

/**
 * The incremental figure: one article's body edited, then Zhiku built again
 * with the cache its first build kept, over its dist/ (Astro's incremental build
 * renders only the pages whose key or code changed; the search indexes the changed pages).
 */
progress("incremental build: one article edited, rebuilt with the first build's cache…");
const putBack = await editOneArticle(join(contentDir, 'articles', 'en', `${slugs[Math.floor(slugs.length / 2)]}.md`));
// Sizes are read before: the republished dist/ holds the edited article.
const zhiku = await figures('zhiku');
const incremental = await build('zhiku', 'incremental', timings.zhiku[0]!);
await putBack();
const incrementalPages = pagesReused(incremental.log);
progress(`incremental build: ${incrementalPages.rendered} pages rendered, ${incrementalPages.reused} copied from the cache`);

// `lastUpdated: git` reads the history once per build: its cost on a 20-commit history of this corpus.
const gitHistory = await gitDatesTiming(join(contentDir, 'articles'));
progress(
  `git dates: ${gitHistory.dated} of ${gitHistory.files} files dated from ${gitHistory.commits} commits in ${gitHistory.seconds.toFixed(2)} s`,
);

interface SiteFigures {
  astroSeconds: number;
  pagefindSeconds: number;
  totalSeconds: number;
  pagesPerSecond: number;
  peakRssMb: number | null;
  cpuSeconds: number;
  size: OutputSize;
  runs: { astroSeconds: number; pagefindSeconds: number; totalSeconds: number; cpuSeconds: number | null; peakRssMb: number | null }[];
}

async function figures(site: Site): Promise<SiteFigures> {
  const list = timings[site];
  const size = await outputSize(list[0]!.outDir);
  const astroSeconds = median(list.map((t) => t.astroSeconds));
  const rss = list.map((t) => t.peakRssMb).filter((m): m is number => m !== null);
  return {
    astroSeconds,
    pagefindSeconds: median(list.map((t) => t.pagefindSeconds)),
    totalSeconds: median(list.map((t) => t.totalSeconds)),
    pagesPerSecond: size.htmlPages / astroSeconds,
    peakRssMb: rss.length ? Math.max(...rss) : null,
    cpuSeconds: median(list.map((t) => t.cpuSeconds ?? Number.NaN)),
    size,
    runs: list.map(({ astroSeconds, pagefindSeconds, totalSeconds, cpuSeconds, peakRssMb }) => ({
      astroSeconds,
      pagefindSeconds,
      totalSeconds,
      cpuSeconds,
      peakRssMb,
    })),
  };
}

const floor = values.floor ? await figures('floor') : undefined;
const ratio = floor ? zhiku.totalSeconds / floor.totalSeconds : Number.NaN;
const incrementalRatio = incremental.totalSeconds / zhiku.totalSeconds;
const cpuRatio = floor ? zhiku.cpuSeconds / floor.cpuSeconds : Number.NaN;

const budgetLines: BudgetLine[] = [
  ...(floor ? [withinBudget(`build + index, Zhiku ÷ floor, wall clock (${articles} articles)`, ratio, BUDGETS.buildRatio, '×')] : []),
  withinBudget(
    `incremental build after a one-article edit ÷ clean build, wall clock (${articles} articles)`,
    incrementalRatio,
    BUDGETS.incrementalRatio,
    '×',
  ),
  ...(floor
    ? [
        withinBudget(
          `build CPU of the Node processes (Pagefind not counted), Zhiku ÷ floor (${articles} articles)`,
          cpuRatio,
          BUDGETS.buildRatio,
          '×',
        ),
      ]
    : []),
  ...(['en', 'zh'] as const).flatMap((lang) => {
    const v = views[lang]!;
    return [
      withinBudget(`article first view, ${lang} (HTML+CSS+JS gzip)`, v.gzip.html + v.gzip.css + v.gzip.js, BUDGETS.firstViewBytes, 'KB'),
      withinBudget(`render-blocking scripts, ${lang} article`, v.renderBlockingScripts.length, BUDGETS.renderBlockingScripts, 'scripts'),
    ];
  }),
  ...(['en', 'zh'] as const).flatMap((lang) => {
    const s = searches[lang];
    if (!s || typeof s === 'string')
      return [{ figure: `first search painted, ${lang}`, value: 'not measured', budget: `≤ ${BUDGETS.searchMs} ms`, ok: false }];
    const peer = floorSearches[lang];
    const versus = (run: 'cold' | 'warm') =>
      peer && typeof peer !== 'string'
        ? [
            withinBudget(
              `first search, Zhiku ÷ Pagefind default UI, ${lang} (${run})`,
              s[run].ms / peer[run].ms,
              BUDGETS.searchVsDefaultUi,
              '×',
            ),
          ]
        : [];
    return [
      withinBudget(`first search painted, ${lang} "${s.word}" (cold)`, s.cold.ms, BUDGETS.searchMs, 'ms'),
      withinBudget(`first search painted, ${lang} "${s.word}" (warm)`, s.warm.ms, BUDGETS.searchMs, 'ms'),
      ...versus('cold'),
      ...versus('warm'),
    ];
  }),
];

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const s = (n: number) => `${n.toFixed(1)} s`;
/** A floor figure, or a dash when the floor was not built (--no-floor). */
const ofFloor = (figure: (f: SiteFigures) => string) => (floor ? figure(floor) : '—');
const figureRows = [
  ['figure', 'Zhiku', 'floor'],
  ['Astro build (median)', s(zhiku.astroSeconds), ofFloor((f) => s(f.astroSeconds))],
  ['Pagefind (median)', s(zhiku.pagefindSeconds), ofFloor((f) => s(f.pagefindSeconds))],
  ['build + index (median)', s(zhiku.totalSeconds), ofFloor((f) => s(f.totalSeconds))],
  ['CPU of Node, user+sys (median)', s(zhiku.cpuSeconds), ofFloor((f) => s(f.cpuSeconds))],
  [
    'build + index, each run',
    zhiku.runs.map((r) => r.totalSeconds.toFixed(0)).join(' / ') + ' s',
    ofFloor((f) => f.runs.map((r) => r.totalSeconds.toFixed(0)).join(' / ') + ' s'),
  ],
  [
    'incremental build + index, one article edited',
    `${s(incremental.totalSeconds)} (Pagefind ${s(incremental.pagefindSeconds)}; ${incrementalPages.rendered} pages rendered, ${incrementalPages.reused} copied)`,
    '',
  ],
  [
    'last-updated dates from git (one reading)',
    `${s(gitHistory.seconds)} (${gitHistory.dated} of ${gitHistory.files} files, ${gitHistory.commits} commits)`,
    '',
  ],
  ['HTML pages', String(zhiku.size.htmlPages), ofFloor((f) => String(f.size.htmlPages))],
  ['pages/s (Astro)', zhiku.pagesPerSecond.toFixed(0), ofFloor((f) => f.pagesPerSecond.toFixed(0))],
  ['peak RSS', `${zhiku.peakRssMb} MB`, ofFloor((f) => `${f.peakRssMb} MB`)],
  ['HTML output', mb(zhiku.size.htmlBytes), ofFloor((f) => mb(f.size.htmlBytes))],
  [
    'Pagefind index',
    `${mb(zhiku.size.indexBytes)} (${zhiku.size.indexFiles} files)`,
    ofFloor((f) => `${mb(f.size.indexBytes)} (${f.size.indexFiles} files)`),
  ],
];
const viewRows = [
  ['first view (gzip)', 'HTML', 'CSS', 'JS', 'other', 'blocking JS'],
  ...Object.entries(views).map(([lang, v]) => [
    `${lang} article`,
    kb(v.gzip.html),
    kb(v.gzip.css),
    kb(v.gzip.js),
    kb(v.gzip.other),
    String(v.renderBlockingScripts.length),
  ]),
];
const searchRow = (who: string, lang: string, t: SearchTiming | string | undefined) =>
  !t || typeof t === 'string'
    ? [`${who}, ${lang}`, t ?? 'not measured', '', '', '', '']
    : [`${who}, ${lang} "${t.word}"`, String(t.cold.ms), kb(t.cold.bytes), String(t.warm.ms), kb(t.warm.bytes), String(t.cold.results)];
const searchRows = [
  ['search', 'cold ms', 'cold bytes', 'warm ms', 'warm bytes', 'results'],
  ...(['en', 'zh'] as const).flatMap((lang) => [
    searchRow('Zhiku', lang, searches[lang]),
    searchRow('floor, Pagefind default UI', lang, floorSearches[lang]),
  ]),
];
const budgetRows = [['budget', 'value', 'budget', ''], ...budgetLines.map((b) => [b.figure, b.value, b.budget, b.ok ? 'OK' : 'MISSED'])];

console.log(
  `\nZhiku benchmark (${source.commit}): ${articles} articles (${articles / 2} pairs, ${linkStyle} links), ${completedRuns} runs each${stoppedEarly ? ` (${stoppedEarly})` : ''}, ${machine.nproc} × ${machine.cpu}, ${machine.ramGb} GB, Node ${machine.node}\n`,
);
for (const rows of [figureRows, viewRows, searchRows, budgetRows]) console.log(textTable(rows) + '\n');
console.log(
  JSON.stringify({
    articles,
    runs: completedRuns,
    runsAsked: runs,
    source: source.commit,
    stoppedEarly: stoppedEarly || undefined,
    linkStyle,
    machine,
    ratio,
    cpuRatio,
    incremental: {
      totalSeconds: incremental.totalSeconds,
      astroSeconds: incremental.astroSeconds,
      pagefindSeconds: incremental.pagefindSeconds,
      cpuSeconds: incremental.cpuSeconds,
      peakRssMb: incremental.peakRssMb,
      ratio: incrementalRatio,
      ...incrementalPages,
    },
    gitHistory,
    zhiku,
    floor,
    firstView: Object.fromEntries(
      Object.entries(views).map(([l, v]) => [l, { ...v, requests: v.requests.map((r) => ({ ...r, url: new URL(r.url).pathname })) }]),
    ),
    search: searches,
    floorSearch: floorSearches,
    budgets: budgetLines,
  }),
);

if (values.keep) progress(`kept ${work}`);
else await rm(work, { recursive: true, force: true });
