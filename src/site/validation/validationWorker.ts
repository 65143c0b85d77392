/**
 * The worker thread of checkInWorker: checks a content folder with the body
 * cache kept in a file, and posts what it found.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { articleSource, type ContentInput } from '../../core/content/contentFiles';
import { withBodyCacheFile } from './bodyCacheFile';
import type { SentArticle, WorkerFindings } from './checkInWorker';
import { checkContent } from './validateContent';

const sent = workerData as { cacheFile: string; root: string; content: Omit<ContentInput, 'articles'> & { articles: SentArticle[] } };
const { cacheFile, root } = sent;
// Each file with what its YAML gave, as the main thread read it: the YAML is not parsed again here.
const content: ContentInput = {
  ...sent.content,
  articles: sent.content.articles.map(({ known, ...file }) => (known ? articleSource(file, known) : file)),
};
const started = performance.now();
const findings: WorkerFindings = withBodyCacheFile(cacheFile, root, content, (cache) => ({
  report: checkContent(content, cache),
  reused: cache.reused(),
  seconds: (performance.now() - started) / 1000,
}));
parentPort!.postMessage(findings);
