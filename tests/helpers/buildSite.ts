import { execFile } from 'node:child_process';
import { mkdir, mkdtemp } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
const ASTRO_BIN = join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs');
/** Where test builds go: one folder per test run (set by the global setup), removed when the run ends. */
const buildRoot = () => process.env.ZHIKU_TEST_BUILD_ROOT ?? join(PROJECT_ROOT, 'node_modules/.cache/zhiku-builds');

export interface BuildResult {
  outDir: string;
  stdout: string;
  stderr: string;
}

export class BuildError extends Error {
  constructor(
    message: string,
    readonly code: number | undefined,
    readonly stdout: string,
    readonly stderr: string,
    /** The output folder the build was given, to check what a failed build left there. */
    readonly outDir?: string,
  ) {
    // The end of what the build said, so a build that fails where it should not (a CI run) shows why.
    super(`${message} (exit code ${code}):\n${`${stdout}\n${stderr}`.trim().split('\n').slice(-25).join('\n')}`);
  }
}

/**
 * Builds the site from a content folder into a fresh temporary directory, with
 * its own Astro cache so that several builds can run side by side; `ZHIKU_OUT_DIR`
 * in `extraEnv` names another output folder (an earlier build's, to publish over it).
 * Rejects with a BuildError carrying the build's output when it fails.
 */
export async function buildSite(contentDir: string, extraEnv: Record<string, string> = {}): Promise<BuildResult> {
  // Inside the project: Astro puts a build's server chunks (.prerender/) in the output folder only
  // when that folder is under the working directory, and otherwise in the shared ./.astro/,
  // where builds running side by side would overwrite each other's chunks.
  await mkdir(buildRoot(), { recursive: true });
  const work = await mkdtemp(join(buildRoot(), 'build-'));
  const outDir = extraEnv.ZHIKU_OUT_DIR ?? join(work, 'dist');
  const env = {
    ...process.env,
    ZHIKU_CONTENT_DIR: resolve(contentDir),
    ZHIKU_OUT_DIR: outDir,
    ZHIKU_CACHE_DIR: join(work, 'cache'),
    ASTRO_TELEMETRY_DISABLED: '1',
    // As `npm run build` runs it: vitest sets NODE_ENV to `test`, with which Vite builds another bundle and keeps
    // some of its warnings to itself (a Node module in the browser's code).
    NODE_ENV: 'production',
    ...extraEnv,
  };
  try {
    const { stdout, stderr } = await run(process.execPath, [ASTRO_BIN, 'build'], {
      cwd: PROJECT_ROOT,
      env,
      maxBuffer: 64 * 1024 * 1024,
    });
    return { outDir, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    throw new BuildError(`astro build failed for ${contentDir}`, e.code, e.stdout ?? '', e.stderr ?? '', outDir);
  }
}
