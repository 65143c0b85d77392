// @ts-check
// `npm run build`: `astro build` with the heap limit the build needs, set here so that
// nobody passes a flag by hand (Node's default, about a quarter of the memory, is what a
// build of 30,000 articles nearly exhausted). Plain JavaScript, run by plain Node (see
// heapLimit.mjs); extra arguments go to `astro build`.
import { spawnSync } from 'node:child_process';
import { totalmem } from 'node:os';
import { join } from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { buildHeapLimitMb, withHeapLimit } from './heapLimit.mjs';

const MB = 1024 * 1024;
const limit = buildHeapLimitMb(totalmem() / MB, getHeapStatistics().heap_size_limit / MB);
const astro = join(import.meta.dirname, '../node_modules/astro/bin/astro.mjs');
const built = spawnSync(process.execPath, [astro, 'build', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, NODE_OPTIONS: withHeapLimit(process.env.NODE_OPTIONS, limit) },
});
process.exit(built.status ?? 1);
