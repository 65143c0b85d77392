/**
 * The worker thread of writeStoreInWorker (liveContentStore.ts): writes the content store it is
 * handed to data-store.json with Astro's own writer, the code its store's writeToDisk runs, and
 * says when the file is in place, with the file as written and its SHA-256 (site/cacheCheck.ts
 * verifiedFile), so that the cache record does not read its 100 MB (at 10,000 articles) again.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { verifiedFile } from '../site/cacheCheck';

interface AstroFileWriter {
  /** Whether it wrote the file: false when it held the same store already. */
  write(collections: unknown): Promise<boolean>;
}

const { writerModule, file, collections } = workerData as { writerModule: string; file: string; collections: unknown };
const { FileWriter } = (await import(pathToFileURL(writerModule).href)) as { FileWriter: new (file: string) => AstroFileWriter };
// Not written when the file already holds the same store: the cache check verified it as it is.
const changed = await new FileWriter(file).write(collections);
parentPort!.postMessage({ written: changed ? verifiedFile(file) : undefined });
