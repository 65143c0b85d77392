import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { hmrSocket, startDevServer, type DevServer, type DevSite } from '../../tests/helpers/devServer';

/** The editor's loop in `astro dev`, in seconds. */
export interface DevLoop {
  /** From starting the server to its saying where it listens. */
  serverUp: number;
  /** From starting the server to the article's page answering 200 with its title. */
  firstPage: number;
  /** From saving a sentence added to the body to the page showing it. */
  bodyEdit: number;
  /** From saving a new title to the page showing it. */
  titleEdit: number;
  /** The first edit again, on the page the server now knows: the steady cost. */
  secondBodyEdit: number;
}

/** The page of an article in `astro dev`, the way each site names it. */
export function devArticlePath(lang: string, slug: string): string {
  return `/${lang}/articles/${slug}/`;
}

/**
 * The frontmatter title of a corpus article (written as a JSON string by bench/corpus/article.ts).
 * @example corpusTitle('---\ntitle: "A \\"b\\""\ndate: 2020-01-01\n---\n') => 'A "b"'
 */
export function corpusTitle(text: string): string {
  const line = /^title: (.*)$/m.exec(text)?.[1];
  if (!line) throw new Error('no title line in the corpus article');
  return JSON.parse(line) as string;
}

/**
 * The article with its title replaced, the way an editor retitles it.
 * @example withTitle('---\ntitle: "A"\n---\nx', 'B') => '---\ntitle: "B"\n---\nx'
 */
export function withTitle(text: string, title: string): string {
  return text.replace(/^title: .*$/m, `title: ${JSON.stringify(title)}`);
}

/** Escapes the text a page shows for a plain substring check of its HTML (titles may hold `&` or quotes). */
function htmlEscaped(text: string): string[] {
  const once = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return [text, once, once.replace(/"/g, '&quot;'), once.replace(/"/g, '&#34;')];
}

/**
 * When the page is next fetched: as soon as the dev server tells the browser to reload (Vite's
 * `full-reload` over its HMR socket: an open page reloads then), else 100 ms after the last fetch.
 */
export interface Reloads {
  /** Resolves at the first reload told after `since` (a performance.now() time), or after `ms`. */
  after(since: number, ms: number): Promise<void>;
  close(): void;
}

/** No reloads to follow: the next fetch comes `ms` after the last one. */
const POLLS_ONLY: Reloads = { after: (_since, ms) => new Promise((done) => setTimeout(done, ms)), close: () => {} };

/** Follows the reloads a dev server tells its browsers of; without an HMR socket, only the 100 ms polls are left. */
async function followReloads(origin: string): Promise<Reloads> {
  let last = -Infinity;
  let wake: (() => void) | undefined;
  const close = await hmrSocket(origin, (payload) => {
    if (payload.type !== 'full-reload') return;
    last = performance.now();
    wake?.();
  }).catch(() => () => {});
  return {
    after: (since, ms) =>
      last > since
        ? Promise.resolve()
        : new Promise((done) => {
            const timer = setTimeout(() => ((wake = undefined), done()), ms);
            wake = () => {
              clearTimeout(timer);
              wake = undefined;
              done();
            };
          }),
    close,
  };
}

/**
 * Fetches `url` until it answers 200 with `text` in it, as an editor's open page would see it: again
 * at each reload the server tells the browser of, and every 100 ms between them. The seconds since `since`.
 */
async function untilShown(url: string, text: string, since: number, timeoutMs: number, reloads = POLLS_ONLY): Promise<number> {
  const forms = htmlEscaped(text);
  const end = since + timeoutMs;
  let last: string;
  for (;;) {
    const asked = performance.now();
    try {
      const res = await fetch(url);
      const body = await res.text();
      if (res.status === 200 && forms.some((f) => body.includes(f))) return (performance.now() - since) / 1000;
      last = `HTTP ${res.status}`;
    } catch (error) {
      last = String(error);
    }
    if (performance.now() > end)
      throw new Error(`${url} did not show ${JSON.stringify(text)} within ${timeoutMs / 1000} s (last: ${last})`);
    await reloads.after(asked, 100);
  }
}

export interface DevLoopOptions {
  /** The content folder (a corpus of bench/generateCorpus.ts). */
  contentDir: string;
  /** The article edited: `articles/<lang>/<slug>.md`. */
  lang: string;
  slug: string;
  site?: DevSite;
  /** The longest wait for any one figure. */
  timeoutMs?: number;
  progress?: (message: string) => void;
}

/**
 * Starts `astro dev` on a corpus and times an editor's loop on one article:
 * the first page, then a body edit, a title edit and a second body edit, each
 * saved and polled over HTTP until the page shows it. The article file is put
 * back as it was, and the server stopped, whatever happens.
 */
export async function devLoop(options: DevLoopOptions): Promise<DevLoop> {
  const { contentDir, lang, slug, site, timeoutMs = 900_000, progress = () => {} } = options;
  const file = join(contentDir, 'articles', lang, `${slug}.md`);
  const original = await readFile(file, 'utf8');
  const title = corpusTitle(original);
  const started = performance.now();
  let server: DevServer | undefined;
  let reloads: Reloads | undefined;
  try {
    server = await startDevServer(contentDir, timeoutMs, site);
    const serverUp = (performance.now() - started) / 1000;
    progress(`server up after ${serverUp.toFixed(1)} s`);
    const url = new URL(devArticlePath(lang, slug), server.origin).href;
    const firstPage = await untilShown(url, title, started, timeoutMs);
    progress(`first page after ${firstPage.toFixed(1)} s`);
    reloads = await followReloads(server.origin);

    const edit = async (what: string, text: string, shown: string) => {
      const at = performance.now();
      await writeFile(file, text);
      const seconds = await untilShown(url, shown, at, timeoutMs, reloads);
      progress(`${what} visible after ${seconds.toFixed(1)} s`);
      return seconds;
    };
    const body1 = `A sentence the benchmark added ${Date.now()}.`;
    const bodyEdit = await edit('body edit', `${original.trimEnd()}\n\n${body1}\n`, body1);
    const newTitle = `${title} (retitled ${Date.now()})`;
    const titleEdit = await edit('title edit', withTitle(`${original.trimEnd()}\n\n${body1}\n`, newTitle), newTitle);
    const body2 = `Another sentence the benchmark added ${Date.now()}.`;
    const secondBodyEdit = await edit('second body edit', withTitle(`${original.trimEnd()}\n\n${body2}\n`, newTitle), body2);
    return { serverUp, firstPage, bodyEdit, titleEdit, secondBodyEdit };
  } finally {
    reloads?.close();
    await server?.stop();
    await writeFile(file, original);
  }
}
