import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PROJECT_ROOT } from './buildSite';

const run = promisify(execFile);
const TSX = join(PROJECT_ROOT, 'node_modules/tsx/dist/cli.mjs');

/**
 * Runs `scripts/<name>.ts` as `npm run` would, on a content folder; resolves with
 * its exit code and everything it printed, whether it succeeded or not.
 * @example await runScript('translations', dir, '--check') => { code: 1, out: '… 1 missing …' }
 */
export async function runScript(name: string, contentDir: string, ...args: string[]): Promise<{ code: number; out: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [TSX, `scripts/${name}.ts`, ...args], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, ZHIKU_CONTENT_DIR: contentDir },
    });
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}
