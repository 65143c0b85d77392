// @ts-check
// Plain JavaScript, not TypeScript: `npm run build` runs it with plain Node, which will not strip
// types from files under a node_modules folder (where the benchmark builds git snapshots).

/** Node's flag for the V8 heap limit, in MB. */
const HEAP_FLAG = '--max-old-space-size';

/**
 * The heap limit a build gets: half the machine's memory, the share the build's
 * budget allows (peak RSS ≤ 12 GB on a 24 GB machine), and never less than the
 * limit Node would pick itself. Node's default (about a quarter of the memory,
 * 4.2 GB on 24 GB) is what the build nearly exhausted at 30,000 articles.
 * @example buildHeapLimitMb(24 * 1024, 4144) => 12288
 * @example buildHeapLimitMb(4 * 1024, 2080) => 2080
 * @param {number} totalMemoryMb
 * @param {number} defaultLimitMb
 * @returns {number}
 */
export function buildHeapLimitMb(totalMemoryMb, defaultLimitMb) {
  return Math.max(Math.floor(totalMemoryMb / 2), Math.ceil(defaultLimitMb));
}

/**
 * NODE_OPTIONS with the heap limit added, unless the caller has set one already
 * (which then wins: a CI runner or an editor may know better).
 * @example withHeapLimit('--enable-source-maps', 12288) => '--enable-source-maps --max-old-space-size=12288'
 * @example withHeapLimit('--max-old-space-size=2048', 12288) => '--max-old-space-size=2048'
 * @param {string | undefined} nodeOptions
 * @param {number} limitMb
 * @returns {string}
 */
export function withHeapLimit(nodeOptions, limitMb) {
  const options = (nodeOptions ?? '').trim();
  if (/--max[-_]old[-_]space[-_]size\b/.test(options)) return options;
  return `${options} ${HEAP_FLAG}=${limitMb}`.trim();
}
