import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ArticleSource, ContentFile } from '../../core/content/contentFiles';
import { knownYaml, type KnownYaml } from '../../core/content/frontmatter';
import type { ContentFolder } from '../contentFolder';
import type { ContentReport } from './validateContent';

/** An article file as the worker is sent it: as read, with what its YAML gave when it was parsed (the worker then does not parse it again). */
export type SentArticle = ContentFile & { known?: KnownYaml };

/**
 * An article file as read, and what its frontmatter's YAML gave (plain data), without the rest of what was parsed
 * of it (which holds functions no worker can be sent).
 */
const asRead = (article: ContentFile | ArticleSource): SentArticle => {
  const { path, file, text, invalidUtf8 } = article;
  const read: SentArticle = invalidUtf8 ? { path, file, text, invalidUtf8 } : { path, file, text };
  if ('frontmatter' in article) read.known = knownYaml(article.frontmatter);
  return read;
};

/** What a check of the whole folder found, and what it took. */
export interface WorkerFindings {
  report: ContentReport;
  /** How many bodies it took from the cache. */
  reused: number;
  seconds: number;
  /** The scheduling priority the worker's thread ran at (0 unless `background`; see checkInWorker). */
  priority?: number;
}

/** The lowest scheduling priority (the highest nice value): what a background check runs at. */
export const BACKGROUND_PRIORITY = 19;

/**
 * Checks a content folder as a build does (checkContent with the body cache
 * kept in `cacheFile`), in a worker thread: for `astro dev`, whose server then
 * starts and renders on the main thread meanwhile instead of waiting for every
 * body to be parsed and checked (at 10,000 articles, half a minute).
 * The worker loads the TypeScript sources through tsx, as `npm run check` does.
 * With `background`, the worker's thread gives way to every other (BACKGROUND_PRIORITY): the dev
 * server answers pages and shows saved edits while it checks, on machines with few cores too. Linux
 * sets a priority per thread; where the system refuses or sets it per process, it runs as it is.
 */
export function checkInWorker(cacheFile: string, root: string, content: ContentFolder, background = false): Promise<WorkerFindings> {
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  return new Promise((done, fail) => {
    const worker = new Worker(new URL('./validationWorker.ts', import.meta.url), {
      // The files as read and what their YAML gave (plain data): the worker checks them without parsing the YAML again.
      workerData: { cacheFile, root, background, content: { ...content, articles: content.articles.map(asRead) } },
      execArgv: ['--import', tsx],
    });
    worker.once('message', (findings: WorkerFindings) => done(findings));
    worker.once('error', fail);
    worker.once('exit', (code) => fail(new Error(`the validation worker stopped (exit code ${code}) before it reported`)));
  });
}
