// Loaded into every Node process of a benchmark build (NODE_OPTIONS=--require): on exit, appends
// this process's own user and system CPU seconds to $BENCH_CPU_FILE, one line per process.
// Pagefind's binary is left out on purpose: GNU time only saw its CPU when Node had reaped it
// before exiting, which happened for one site and not the other.
// Only the main thread writes: a worker thread loads this file too, and process.resourceUsage()
// there gives the whole process's CPU so far, which the main thread's line already counts.
const { appendFileSync } = require('node:fs');
const { isMainThread } = require('node:worker_threads');

const file = process.env.BENCH_CPU_FILE;
if (file && isMainThread) {
  process.on('exit', () => {
    const { userCPUTime, systemCPUTime } = process.resourceUsage();
    appendFileSync(file, `${process.pid} ${userCPUTime / 1e6} ${systemCPUTime / 1e6}\n`);
  });
}
