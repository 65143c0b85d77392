/**
 * The pages a language's search indexes (src/site/runPagefind.ts indexedPages), read from a real
 * folder, with the record of pages seen that lets the next build skip the pages it saw unchanged:
 * every way the record could serve an old digest (the page written again, its size kept; a new file
 * in its place; another indexer) reads the page again. Then one search bundle made by the Pagefind
 * CLI (indexBundle): a language whose pages are all in one bundle is indexed from the site itself,
 * and a page with Traditional characters is staged as Simplified text.
 */
import { execFile, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  unlinkSync,
  utimesSync,
  watch,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  beginIndexing,
  indexBundle,
  indexedPages,
  indexerFingerprint,
  indexingGeneration,
  isCurrent,
  languageRuns,
  stopIndexing,
  writtenPage,
  type SeenPages,
} from '../../src/site/runPagefind';
import { PROJECT_ROOT } from '../helpers/buildSite';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const page = (text: string) =>
  `<!doctype html><html lang="zh"><head><title>${text}</title></head><body><main data-pagefind-body><h1>${text}</h1><p>${text}</p></main></body></html>`;
/** Writes a file of a built site, making its folders. */
const writeIn = (site: string, path: string, text: string) => {
  mkdirSync(join(site, path, '..'), { recursive: true });
  writeFileSync(join(site, path), text);
};

describe('indexedPages', () => {
  let site: string;
  let seen: SeenPages;

  const write = (path: string, text: string) => writeIn(site, path, text);
  /** The digest and flag indexedPages gives each page, by path. */
  const found = async (record: SeenPages | undefined = seen) =>
    Object.fromEntries((await indexedPages(site, 'zh', record)).map((p) => [p.path, [p.digest, p.traditional]]));
  /** Puts a made-up digest into the record for a page, as if an earlier build had seen other bytes in the same file. */
  const forge = (path: string, digest: string) => {
    const record = JSON.parse(readFileSync(seen.file, 'utf8')) as { pages: Record<string, { digest: unknown }> };
    record.pages[path]!.digest = digest;
    writeFileSync(seen.file, JSON.stringify(record));
  };

  beforeEach(() => {
    site = mkdtempSync(join(tmpdir(), 'zhiku-indexed-pages-'));
    seen = { file: join(site, 'cache', 'zh.seen.json'), key: 'indexer 1' };
    write('zh/articles/a/index.html', page('简体的页'));
    write('zh/articles/b/index.html', page('繁體的頁'));
    write('zh/articles/old/index.html', '<html><body><p>Redirect</p></body></html>');
    write('zh/glossary/index.html', page('术语'));
  });

  afterEach(() => rmSync(site, { recursive: true, force: true }));

  it('gives the indexed pages, sorted, with a digest of their bytes and whether they may hold Traditional characters', async () => {
    expect(await found(undefined)).toEqual({
      'zh/articles/a/index.html': [sha256(page('简体的页')), false],
      'zh/articles/b/index.html': [sha256(page('繁體的頁')), true],
      'zh/glossary/index.html': [sha256(page('术语')), false],
    });
  });

  it('takes a page seen unchanged from the record, and gives the same pages as reading them all', async () => {
    const all = await found(undefined);
    expect(await found()).toEqual(all);
    // The record is what answers now: a digest put into it for the same file is what comes back.
    forge('zh/articles/a/index.html', 'from the record');
    expect((await found())['zh/articles/a/index.html']).toEqual(['from the record', false]);
  });

  it('reads a page again when it was written again, even at the same size', async () => {
    await found();
    forge('zh/articles/a/index.html', 'from the record');
    const before = statSync(join(site, 'zh/articles/a/index.html'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    write('zh/articles/a/index.html', page('简体的文'));
    expect(statSync(join(site, 'zh/articles/a/index.html')).size).toBe(before.size);
    expect((await found())['zh/articles/a/index.html']).toEqual([sha256(page('简体的文')), false]);
  });

  it('reads a page again when another file took its place, at the same size and time', async () => {
    const b = join(site, 'zh/articles/b/index.html');
    const when = new Date('2026-01-01T00:00:00Z');
    utimesSync(b, when, when);
    await found();
    forge('zh/articles/b/index.html', 'from the record');
    // A hard link to another file, as the incremental build restores a cached page: only the inode tells them apart.
    const other = join(site, 'elsewhere.html');
    writeFileSync(other, page('繁體的文'));
    utimesSync(other, when, when);
    const [was, will] = [statSync(b), statSync(other)];
    expect([will.size, will.mtimeMs]).toEqual([was.size, was.mtimeMs]);
    unlinkSync(b);
    linkSync(other, b);
    expect((await found())['zh/articles/b/index.html']).toEqual([sha256(page('繁體的文')), true]);
  });

  it('reads every page again under another indexer, or when the record is damaged', async () => {
    await found();
    forge('zh/articles/a/index.html', 'from the record');
    const truth = [sha256(page('简体的页')), false];
    expect((await found({ ...seen, key: 'indexer 2' }))['zh/articles/a/index.html']).toEqual(truth);
    writeFileSync(seen.file, '{"key": "trunc');
    expect((await found())['zh/articles/a/index.html']).toEqual(truth);
  });

  it('takes a page this build wrote from what it held as written, until it is written again', async () => {
    const a = 'zh/articles/a/index.html';
    const b = 'zh/articles/b/index.html';
    const old = 'zh/articles/old/index.html';
    const written = new Map([
      // Made-up SHA-256s: what comes back is what the writer said, not what a read would give.
      [a, writtenPage(statSync(join(site, a)), page('简体的页'), 'as written a')],
      [b, writtenPage(statSync(join(site, b)), new TextEncoder().encode(page('繁體的頁')), 'as written b')],
      [old, writtenPage(statSync(join(site, old)), '<html><body><p>Redirect</p></body></html>', 'as written old')],
    ]);
    expect(await found({ ...seen, written })).toEqual({
      [a]: ['as written a', false],
      [b]: ['as written b', true],
      'zh/glossary/index.html': [sha256(page('术语')), false],
    });
    // Written over at the same size after: read again.
    await new Promise((resolve) => setTimeout(resolve, 20));
    write(a, page('简体的文'));
    expect((await found({ ...seen, written }))[a]).toEqual([sha256(page('简体的文')), false]);
  });

  it('keeps in the record only the pages there are now, the redirect pages too', async () => {
    await found();
    rmSync(join(site, 'zh/articles/a'), { recursive: true });
    await found();
    const record = JSON.parse(readFileSync(seen.file, 'utf8')) as { pages: Record<string, { digest: unknown }> };
    expect(Object.keys(record.pages).sort()).toEqual(['zh/articles/b/index.html', 'zh/articles/old/index.html', 'zh/glossary/index.html']);
    expect(record.pages['zh/articles/old/index.html']!.digest).toBeNull();
  });
});

describe('indexBundle', () => {
  let root: string;
  let site: string;
  const write = (path: string, text: string) => writeIn(site, path, text);
  /** The URLs and texts a made bundle holds, from its fragments. */
  const bundled = (entry: string) =>
    readdirSync(join(entry, 'fragment'))
      .map(
        (file) =>
          JSON.parse(
            gunzipSync(readFileSync(join(entry, 'fragment', file)))
              .subarray('pagefind_dcd'.length)
              .toString(),
          ) as { url: string; content: string },
      )
      .map(({ url, content }) => [url, content.replace(/\u200b/g, '')])
      .sort();

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'zhiku-index-bundle-'));
    site = join(root, 'dist');
    write('zh/articles/a/index.html', page('稳定币监管'));
    write('zh/glossary/index.html', page('术语表'));
    // Not indexed: a redirect among the articles, the language's other pages, the other language.
    write('zh/articles/old/index.html', '<!doctype html><html lang="zh"><body><p>已移动</p></body></html>');
    write('zh/index.html', page('首页'));
    write('en/articles/a/index.html', page('Stablecoin rules'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  /** Makes the language's one bundle, and names what was made in the cache folder meanwhile. */
  const make = async () => {
    const runs = languageRuns('zh', await indexedPages(site, 'zh'));
    expect(runs.map((run) => run.whole)).toEqual([true]);
    const cache = join(root, 'cache');
    mkdirSync(cache);
    const made: string[] = [];
    const watcher = watch(cache, (_, name) => made.push(String(name)));
    try {
      return { ...(await indexBundle(site, runs[0]!, { root: cache, indexer: await indexerFingerprint() })), made };
    } finally {
      watcher.close();
    }
  };

  /** The working folders (staged pages, a bundle being written) left in the cache folder. */
  const workingFolders = () => readdirSync(join(root, 'cache')).filter((name) => name.startsWith('.'));

  it("indexes a whole language's pages from the site itself: those pages alone, nothing staged", async () => {
    const made = await make();
    expect(made.reused).toBe(false);
    expect(made.made.filter((name) => name.startsWith('.stage-'))).toEqual([]);
    expect(workingFolders()).toEqual([]);
    expect(bundled(made.entry)).toEqual([
      ['/zh/articles/a/', '稳定币监管. 稳定币监管.'],
      ['/zh/glossary/', '术语表. 术语表.'],
    ]);
  }, 60_000);

  it('stages a page with Traditional characters as Simplified text', async () => {
    write('zh/articles/b/index.html', page('穩定幣監管'));
    const made = await make();
    expect(new Set(made.made.filter((name) => name.startsWith('.stage-zh-'))).size).toBe(1);
    expect(bundled(made.entry)).toContainEqual(['/zh/articles/b/', '稳定币监管. 稳定币监管.']);
    expect(workingFolders()).toEqual([]);
    expect(readFileSync(join(site, 'zh/articles/b/index.html'), 'utf8')).toContain('穩定幣監管');
  }, 60_000);
});

describe('Pagefind runs that are stopped', () => {
  let root: string;
  let site: string;
  let cache: string;

  /** The command lines of the running processes that name `folder` (a Pagefind run writing into it). */
  const processesNaming = (folder: string) =>
    execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' })
      .split('\n')
      .filter((line) => line.includes(folder) && !line.startsWith('ps '));
  /** Resolves once `test` holds, checking every 10 ms; rejects after `ms`. */
  const until = async (test: () => boolean, ms = 20_000) => {
    for (const started = Date.now(); !test(); await new Promise((resolve) => setTimeout(resolve, 10))) {
      if (Date.now() - started > ms) throw new Error(`Waited ${ms} ms in vain.`);
    }
  };

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'zhiku-pagefind-stopped-'));
    site = join(root, 'dist');
    cache = join(root, 'cache');
    mkdirSync(cache);
    // Enough pages for Pagefind to take a few seconds here, so that it is caught indexing.
    const words = ['稳定币', '监管', '央行', '数字货币', '跨境支付', '反洗钱', '钱包', '清算'];
    for (let n = 0; n < 3000; n++) {
      const text = Array.from({ length: 40 }, (_, i) => words[(n * 7 + i * 3) % words.length]! + String(n + i)).join('，');
      writeIn(site, `zh/articles/p${n}/index.html`, page(text));
    }
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('stopIndexing ends a run still going: nothing of it is cached or left behind, and its Pagefind process is gone', async () => {
    const runs = languageRuns('zh', await indexedPages(site, 'zh'));
    const outcome = indexBundle(site, runs[0]!, { root: cache, indexer: 'test' }).then(
      () => 'finished',
      (error: Error) => error.message,
    );
    await until(() => processesNaming(cache).length > 0);
    expect(await stopIndexing()).toBe(1);
    expect(await outcome).toMatch(/^Pagefind \(search bundle zh\) was stopped \(SIGTERM\)/);
    expect(processesNaming(cache)).toEqual([]);
    expect(readdirSync(cache)).toEqual([]);
    expect(await stopIndexing()).toBe(0);
  }, 60_000);

  it('a build that begins indexing stops the runs an earlier build left, though Astro evaluates the module again for it', async () => {
    // The module as a later build evaluates it: another instance, with its own module state.
    const again = '../../src/site/runPagefind?later-build';
    const later = (await import(/* @vite-ignore */ again)) as typeof import('../../src/site/runPagefind');
    expect(later.beginIndexing).not.toBe(beginIndexing);
    const earlier = indexingGeneration();
    const runs = languageRuns('zh', await indexedPages(site, 'zh'));
    const outcome = indexBundle(site, runs[0]!, { root: cache, indexer: 'test' }).then(
      () => 'finished',
      (error: Error) => error.message,
    );
    // A folder another process left, killed before it could remove it, and a bundle of the cache, which stays.
    mkdirSync(join(cache, '.partial-zh-1-1'));
    mkdirSync(join(cache, 'zh', 'f00d'), { recursive: true });
    await until(() => processesNaming(cache).length > 0);
    expect(isCurrent(earlier)).toBe(true);
    expect(await later.beginIndexing(cache)).toBe(1);
    expect(isCurrent(earlier)).toBe(false);
    expect(later.isCurrent(later.indexingGeneration())).toBe(true);
    expect(await outcome).toMatch(/^Pagefind \(search bundle zh\) was stopped/);
    expect(processesNaming(cache)).toEqual([]);
    expect(readdirSync(cache)).toEqual(['zh']);
  }, 60_000);

  it('a process that exits while Pagefind indexes (a failed build) leaves no Pagefind indexing on its own', async () => {
    const script = join(root, 'exitWhileIndexing.mts');
    writeFileSync(
      script,
      [
        `import { readdirSync } from 'node:fs';`,
        `import { indexBundle, indexedPages, languageRuns } from ${JSON.stringify(join(PROJECT_ROOT, 'src/site/runPagefind.ts'))};`,
        `const [site, cache] = process.argv.slice(2);`,
        `const runs = languageRuns('zh', await indexedPages(site, 'zh'));`,
        `indexBundle(site, runs[0], { root: cache, indexer: 'test' }).catch(() => undefined);`,
        // Pagefind makes its output folder when it starts to write the bundle, a long stretch in which it prints nothing.
        `const started = Date.now();`,
        `setInterval(() => {`,
        `  if (Date.now() - started > 30_000) {`,
        `    console.log('Pagefind did not begin to write within 30 s.');`,
        `    process.exit(2);`,
        `  }`,
        `  if (!readdirSync(cache).some((name) => name.startsWith('.partial-'))) return;`,
        `  console.log('Exiting while Pagefind writes.');`,
        `  process.exit(1);`,
        `}, 5);`,
      ].join('\n'),
    );
    const exited = await promisify(execFile)(process.execPath, [join(PROJECT_ROOT, 'node_modules/tsx/dist/cli.mjs'), script, site, cache], {
      cwd: PROJECT_ROOT,
    }).then(
      ({ stdout, stderr }) => ({ code: 0, out: stdout + stderr }),
      (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, out: error.stdout + error.stderr }),
    );
    expect(exited).toEqual({ code: 1, out: 'Exiting while Pagefind writes.\n' });
    // Told to stop as the process exited: gone within moments. Left on its own, it would write for over a second
    // here (its npm wrapper, stopped, left it so).
    await until(() => processesNaming(cache).length === 0, 500);
  }, 60_000);
});
