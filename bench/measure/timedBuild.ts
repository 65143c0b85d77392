import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';

const GNU_TIME = '/usr/bin/time';

export interface BuildTiming {
  /** Wall-clock seconds of the whole `astro build` process, Node start-up included. */
  totalSeconds: number;
  /** Seconds Pagefind took in astro:build:done, read from the integration's log line. */
  pagefindSeconds: number;
  /** totalSeconds - pagefindSeconds. */
  astroSeconds: number;
  /** Pages Pagefind says it indexed. */
  indexedPages: number;
  /** Peak resident set size of the largest process of the build, in MB (GNU time), or null without it. */
  peakRssMb: number | null;
  /**
   * User + system CPU seconds of the build's Node processes (cpuAtExit.cjs), without Pagefind's
   * binary: on a shared machine this moves much less with other people's load than wall-clock time.
   */
  cpuSeconds: number | null;
  log: string;
}

/**
 * Reads `[… :pagefind] Indexed N pages into pagefind/ in 1.23s` from a build log.
 * @example pagefindLogLine('10:00:00 [zhiku:pagefind] Indexed 20 pages into pagefind/ in 0.15s') => { pages: 20, seconds: 0.15 }
 */
export function pagefindLogLine(log: string): { pages: number; seconds: number } | undefined {
  const m = /:pagefind\] Indexed (\d+) pages? into \S+ in ([\d.]+)s/.exec(log);
  return m ? { pages: Number(m[1]), seconds: Number(m[2]) } : undefined;
}

/**
 * Reads the peak RSS in MB from GNU time's verbose report.
 * @example peakRssFromGnuTime('\tMaximum resident set size (kbytes): 204800\n') => 200
 */
export function peakRssFromGnuTime(report: string): number | null {
  const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(report);
  return m ? Math.round(Number(m[1]) / 1024) : null;
}

/**
 * Reads user + system CPU seconds from GNU time's verbose report.
 * @example cpuFromGnuTime('\tUser time (seconds): 50.5\n\tSystem time (seconds): 4.25\n') => 54.75
 */
export function cpuFromGnuTime(report: string): number | null {
  const user = /User time \(seconds\): ([\d.]+)/.exec(report);
  const system = /System time \(seconds\): ([\d.]+)/.exec(report);
  return user && system ? Number(user[1]) + Number(system[1]) : null;
}

/**
 * Sums the CPU lines cpuAtExit.cjs wrote (`pid user system`), in seconds.
 * @example cpuFromExitLines('12 50.5 4.25\n13 1 0.25\n') => 56
 */
export function cpuFromExitLines(lines: string): number | null {
  const rows = lines
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => l.split(' ').map(Number));
  return rows.length ? rows.reduce((sum, [, user, system]) => sum + user! + system!, 0) : null;
}

const CPU_AT_EXIT = join(import.meta.dirname, 'cpuAtExit.cjs');

/**
 * Runs `node <script> …args` (a site's build command: `scripts/build.mjs`, or `astro.mjs build …`)
 * under GNU time and measures it. Rejects with the log when the build fails.
 */
export async function timedBuild(opts: {
  script: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  cwd: string;
  rssFile: string;
}): Promise<BuildTiming> {
  const withTime = existsSync(GNU_TIME);
  const command = withTime ? GNU_TIME : process.execPath;
  const args = withTime ? ['-v', '-o', opts.rssFile, process.execPath, opts.script, ...opts.args] : [opts.script, ...opts.args];
  const cpuFile = `${opts.rssFile}.cpu`;
  await rm(cpuFile, { force: true });
  const env = { ...opts.env, BENCH_CPU_FILE: cpuFile, NODE_OPTIONS: `${opts.env.NODE_OPTIONS ?? ''} --require ${CPU_AT_EXIT}`.trim() };
  const started = performance.now();
  const chunks: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(command, args, { cwd: opts.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (d: Buffer) => chunks.push(d.toString()));
    child.stderr.on('data', (d: Buffer) => chunks.push(d.toString()));
    child.on('error', reject);
    child.on('close', resolve);
  });
  const totalSeconds = (performance.now() - started) / 1000;
  const log = chunks.join('');
  if (code !== 0) throw new Error(`${opts.script} ${opts.args.join(' ')} exited with ${code}:\n${log.slice(-4000)}`);
  const indexed = pagefindLogLine(log);
  if (!indexed) throw new Error(`No Pagefind timing line in the build log:\n${log.slice(-2000)}`);
  const report = withTime ? await readFile(opts.rssFile, 'utf8') : '';
  const peakRssMb = peakRssFromGnuTime(report);
  const cpuSeconds = existsSync(cpuFile) ? cpuFromExitLines(await readFile(cpuFile, 'utf8')) : cpuFromGnuTime(report);
  return {
    totalSeconds,
    pagefindSeconds: indexed.seconds,
    astroSeconds: totalSeconds - indexed.seconds,
    indexedPages: indexed.pages,
    peakRssMb,
    cpuSeconds,
    log,
  };
}
