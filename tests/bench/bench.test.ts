import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { median, textTable, withinBudget } from '../../bench/budgets';
import { articleMarkdown, textLength, TARGET } from '../../bench/corpus/article';
import { createRandom, deriveSeed } from '../../bench/corpus/random';
import { corpusSlugs, topicId, topicsYaml, writeCorpus } from '../../bench/generateCorpus';
import { gitDatesTiming } from '../../bench/measure/gitHistory';
import { cpuFromExitLines, cpuFromGnuTime, pagefindLogLine, peakRssFromGnuTime } from '../../bench/measure/timedBuild';
import { articleSchema } from '../../src/core/articles/articleSchema';
import { isValidSlug } from '../../src/core/links/slugs';
import { PROJECT_ROOT } from '../helpers/buildSite';

const body = (markdown: string) => markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
const frontmatter = (markdown: string) => parse(/^---\n([\s\S]*?)\n---\n/.exec(markdown)![1]!) as Record<string, unknown>;
const spec = {
  slug: 'bank-audit-1',
  links: ['fund-pilot-2', 'ledger-risk-3', 'tax-node-4'],
  topics: ['banking'],
  date: '2020-01-02',
  seed: 7,
};

describe('the benchmark corpus', () => {
  it('the random source is deterministic per seed', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, createRandom(seed).next);
    expect(draw(1)).toEqual(draw(1));
    expect(draw(1)).not.toEqual(draw(2));
    expect(deriveSeed(42, 'en:a')).not.toBe(deriveSeed(42, 'zh:a'));
  });

  it.each([
    ['en', TARGET.en, 1.25],
    ['zh', TARGET.zh, 1.2],
  ] as const)('a %s article is about its target length, with headings, a GFM table, lists and wikilinks', (locale, target, slack) => {
    const md = articleMarkdown({ ...spec, locale, linkStyle: 'wikilink' });
    const length = textLength(body(md), locale);
    expect(length).toBeGreaterThanOrEqual(target);
    expect(length).toBeLessThan(target * slack);
    expect(md.match(/^## /gm)!.length).toBeGreaterThanOrEqual(4);
    expect(md).toMatch(/^\| --- \| --- \| --- \| --- \|$/m);
    expect(md).toMatch(/^- /m);
    expect(md).toMatch(/^1\. /m);
    expect(md.match(/\[\[[a-z0-9-]+\]\]/g)).toEqual(['[[fund-pilot-2]]', '[[ledger-risk-3]]', '[[tax-node-4]]']);
  });

  it('writes ordinary links when asked', () => {
    const md = articleMarkdown({ ...spec, locale: 'zh', linkStyle: 'markdown' });
    expect(md).not.toContain('[[');
    expect(md).toContain('[fund-pilot-2](/zh/articles/fund-pilot-2/)');
  });

  it.each(['en', 'zh'] as const)('the %s frontmatter passes the article schema', (locale) => {
    const data = articleSchema.parse(frontmatter(articleMarkdown({ ...spec, locale, linkStyle: 'wikilink' })));
    expect(data.topics).toEqual(['banking']);
    expect(data.translation).toEqual(locale === 'zh' ? { from: 'en' } : undefined);
  });

  it('the same inputs give the same article, byte for byte', () => {
    const a = articleMarkdown({ ...spec, locale: 'zh', linkStyle: 'wikilink' });
    expect(articleMarkdown({ ...spec, locale: 'zh', linkStyle: 'wikilink' })).toBe(a);
    expect(articleMarkdown({ ...spec, seed: 8, locale: 'zh', linkStyle: 'wikilink' })).not.toBe(a);
  });

  it('slugs are unique valid slugs; topic ids are slugs', () => {
    const slugs = corpusSlugs(500, 3);
    expect(new Set(slugs).size).toBe(500);
    expect(slugs.every(isValidSlug)).toBe(true);
    expect(topicId('Anti-money laundering')).toBe('anti-money-laundering');
    const topics = parse(topicsYaml()) as { id: string; name: { en: string; zh: string } }[];
    expect(topics.every((t) => isValidSlug(t.id) && t.name.en && t.name.zh)).toBe(true);
  });

  it('writes half English, half Chinese, paired by slug, linking only to existing slugs', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bench-corpus-'));
    try {
      const slugs = await writeCorpus(dir, { articles: 10, seed: 5 });
      const en = (await readdir(join(dir, 'articles/en'))).sort();
      const zh = (await readdir(join(dir, 'articles/zh'))).sort();
      expect(en).toHaveLength(5);
      expect(zh).toEqual(en);
      expect(en).toEqual(slugs.map((s) => `${s}.md`).sort());
      // The git-dates figure: every article of the corpus gets its date from one reading of a made-up history.
      expect(await gitDatesTiming(join(dir, 'articles'), 3)).toMatchObject({ files: 10, commits: 3, dated: 10 });
      for (const file of en) {
        const md = await readFile(join(dir, 'articles/en', file), 'utf8');
        for (const [, target] of md.matchAll(/\[\[([a-z0-9-]+)\]\]/g)) {
          expect(slugs).toContain(target);
          expect(`${target}.md`).not.toBe(file);
        }
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('benchmark measurements', () => {
  it.each([
    ['10:00 [zhiku:pagefind] Indexed 20 pages into pagefind/ in 0.15s', { pages: 20, seconds: 0.15 }],
    ['[floor:pagefind] Indexed 10000 pages into pagefind/ in 61.20s\n', { pages: 10000, seconds: 61.2 }],
    ['[zhiku:pagefind] Indexed 20 pages into pagefind/', undefined],
  ])('reads the Pagefind log line %j', (log, expected) => {
    expect(pagefindLogLine(log)).toEqual(expected);
  });

  it.each([
    ['\tMaximum resident set size (kbytes): 204800\n', 200],
    ['nothing here', null],
  ])('reads peak RSS from GNU time: %j', (report, mb) => {
    expect(peakRssFromGnuTime(report)).toBe(mb);
  });

  it.each([
    ['\tUser time (seconds): 50.5\n\tSystem time (seconds): 4.25\n', 54.75],
    ['\tUser time (seconds): 50.5\n', null],
  ])('reads CPU seconds from GNU time: %j', (report, seconds) => {
    expect(cpuFromGnuTime(report)).toBe(seconds);
  });

  it.each([
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[7], 7],
  ])('median(%j) = %d', (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  it.each([
    [withinBudget('ratio', 1.1, 1.2, '×'), { figure: 'ratio', value: '1.10×', budget: '≤ 1.20×', ok: true }],
    [withinBudget('ratio', 1.3, 1.2, '×'), { figure: 'ratio', value: '1.30×', budget: '≤ 1.20×', ok: false }],
    [withinBudget('view', 15 * 1024 + 1, 15 * 1024, 'KB'), { figure: 'view', value: '15.0 KB', budget: '≤ 15.0 KB', ok: false }],
    [withinBudget('search', 300, 300, 'ms'), { figure: 'search', value: '300 ms', budget: '≤ 300 ms', ok: true }],
  ])('budget line %#', (line, expected) => {
    expect(line).toEqual(expected);
  });

  it('aligns a table by terminal columns, Chinese characters counting double', () => {
    expect(
      textTable([
        ['a', 'bb'],
        ['ccc', 'd'],
      ]),
    ).toBe('a    bb\nccc  d');
    expect(
      textTable([
        ['a', 'bb'],
        ['稳定币', 'd'],
      ]),
    ).toBe('a       bb\n稳定币  d');
  });
});

describe('CPU of the Node processes of a build', () => {
  it('counts a process with worker threads once (bench/measure/cpuAtExit.cjs)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'zhiku-cpu-'));
    const file = join(dir, 'cpu.txt');
    try {
      // A worker that runs to its end, as the build's content check and store writer do.
      const script =
        "const { Worker } = require('node:worker_threads'); new Worker('for (let i = 0; i < 1e6; i++);', { eval: true }).on('exit', () => {});";
      const run = spawnSync(process.execPath, ['-e', script], {
        env: { ...process.env, BENCH_CPU_FILE: file, NODE_OPTIONS: `--require ${join(PROJECT_ROOT, 'bench/measure/cpuAtExit.cjs')}` },
      });
      expect(run.status, run.stderr.toString()).toBe(0);
      const lines = (await readFile(file, 'utf8')).trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(new RegExp(`^${run.pid} [\\d.]+ [\\d.]+$`));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it.each([
    ['12 50.5 4.25\n13 1 0.25\n', 56],
    ['7 2 1\n', 3],
    ['', null],
  ])('%j => %j', (lines, seconds) => {
    expect(cpuFromExitLines(lines)).toBe(seconds);
  });
});
