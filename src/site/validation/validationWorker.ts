/**
 * The worker thread of checkInWorker: checks a content folder with the body
 * cache kept in a file, and posts what it found.
 */
import { getPriority, setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { articleSource, type ContentInput } from '../../core/content/contentFiles';
import { withBodyCacheFile } from './bodyCacheFile';
import { BACKGROUND_PRIORITY, type SentArticle, type WorkerFindings } from './checkInWorker';
import { checkContent } from './validateContent';

const sent = workerData as {
  cacheFile: string;
  root: string;
  background: boolean;
  content: Omit<ContentInput, 'articles'> & { articles: SentArticle[] };
};
const { cacheFile, root } = sent;
if (sent.background && process.platform === 'linux') {
  // On Linux the calling thread's own priority (a thread is a task of its own there); elsewhere this would be the whole process'.
  try {
    setPriority(BACKGROUND_PRIORITY);
  } catch {
    // Not allowed here: checked at the priority it has.
  }
}
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
  priority: getPriority(),
}));
parentPort!.postMessage(findings);
