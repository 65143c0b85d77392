// @ts-check
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Pagefind's own command-line wrapper, as `npx pagefind` runs it, found where Node finds the package (its exports hide the file from require.resolve). */
function pagefindBin() {
  const folders = createRequire(import.meta.url).resolve.paths('pagefind') ?? [];
  const bin = folders.map((folder) => join(folder, 'pagefind/lib/runner/bin.cjs')).find((file) => existsSync(file));
  if (!bin) throw new Error('The pagefind package is not installed (npm install).');
  return bin;
}

/**
 * Pagefind's CLI over the whole built site with its defaults, as a minimal site runs it
 * (`npx pagefind --site dist`) — the faster of its two paths, measured against the Node
 * API on the same pages (BENCHMARKS.md, issue 12). Logs how long it took in the same
 * words as Zhiku's integration so bench/run.ts reads both alike.
 * @returns {import('astro').AstroIntegration}
 */
export default function floorPagefind() {
  return {
    name: 'floor:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const output = await new Promise((resolve, reject) => {
          const child = spawn(process.execPath, [pagefindBin(), '--site', fileURLToPath(dir)], { stdio: ['ignore', 'pipe', 'pipe'] });
          let text = '';
          child.stdout.on('data', (d) => (text += d));
          child.stderr.on('data', (d) => (text += d));
          child.on('error', reject);
          child.on('close', (code) => (code === 0 ? resolve(text) : reject(new Error(`pagefind exited with ${code}:\n${text}`))));
        });
        const pages = /Indexed (\d+) pages?\b/.exec(String(output))?.[1] ?? '0';
        const seconds = ((performance.now() - started) / 1000).toFixed(2);
        logger.info(`Indexed ${pages} pages into pagefind/ in ${seconds}s`);
      },
    },
  };
}
