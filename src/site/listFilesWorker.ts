/**
 * The worker thread of verifyAhead (site/cacheCheck.ts): lists a cache folder's files with listFiles and
 * posts them, so that the build's main thread goes on while the folder is read.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { listFiles } from './cacheCheck';

parentPort!.postMessage(listFiles(workerData as string));
