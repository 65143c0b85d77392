// Loaded into every Node process of a benchmark build (NODE_OPTIONS=--require): on exit, appends
// this process's own user and system CPU seconds to $BENCH_CPU_FILE, one line per process.
// Pagefind's binary is left out on purpose: GNU time only saw its CPU when Node had reaped it
// before exiting, which happened for one site and not the other.
const { appendFileSync } = require('node:fs');

const file = process.env.BENCH_CPU_FILE;
if (file) {
  process.on('exit', () => {
    const { userCPUTime, systemCPUTime } = process.resourceUsage();
    appendFileSync(file, `${process.pid} ${userCPUTime / 1e6} ${systemCPUTime / 1e6}\n`);
  });
}
