/**
 * The worker thread of checkInWorker: checks a content folder with the body
 * cache kept in a file, and posts what it found.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ContentInput } from '../../core/content/contentFiles';
import { withBodyCacheFile } from './bodyCacheFile';
import type { WorkerFindings } from './checkInWorker';
import { checkContent } from './validateContent';

const { cacheFile, root, content } = workerData as { cacheFile: string; root: string; content: ContentInput };
const started = performance.now();
const findings: WorkerFindings = withBodyCacheFile(cacheFile, root, content, (cache) => ({
  report: checkContent(content, cache),
  reused: cache.reused(),
  seconds: (performance.now() - started) / 1000,
}));
parentPort!.postMessage(findings);
