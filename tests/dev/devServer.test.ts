import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAlias } from '../../src/core/rename/addAlias';
import { PROJECT_ROOT } from '../helpers/buildSite';
import { hmrSocket, startDevServer, type DevServer, type HmrPayload } from '../helpers/devServer';
import { executableConstructs, visibleText } from '../helpers/html';

// One `astro dev` of a copy of the linked-site fixture for the whole file: each step
// writes, renames or deletes article files while it runs and reads the pages it serves,
// as an editor's browser would. Nothing here restarts the server. A slow machine only
// makes the polls wait longer (eventually), never fail.

let work: string;
let content: string;
let server: DevServer | undefined;
/** zh/gamma.md as the fixture has it: the copy starts with unsafe HTML added. */
let gammaZh: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'zhiku-dev-'));
  content = join(work, 'content');
  await cp(join(PROJECT_ROOT, 'tests/fixtures/linked-site'), content, { recursive: true });
  // One article breaks the content contract from the start (the first sync stores it before the validator reports).
  gammaZh = await readFile(join(content, 'articles/zh/gamma.md'), 'utf8');
  await writeFile(join(content, 'articles/zh/gamma.md'), `${gammaZh.trimEnd()}\n\n<script>alert(4)</script>\n`);
  server = await startDevServer(content);
  // The first request waits for Astro's first content sync.
  await eventually('the first page', async () => expect((await get('/en/articles/alpha/')).status).toBe(200), 120_000);
});

afterAll(async () => {
  await server?.stop();
  if (work) await rm(work, { recursive: true, force: true });
});

interface Page {
  status: number;
  location: string | null;
  doc: HTMLElement;
}

async function get(path: string): Promise<Page> {
  const res = await fetch(new URL(path, server!.origin), { redirect: 'manual' });
  return { status: res.status, location: res.headers.get('location'), doc: parse(await res.text()) };
}

/** What the server said last, besides the request lines the polling floods its log with. */
function serverSaid(): string | undefined {
  return server
    ?.output()
    .split('\n')
    .filter((line) => !/^\S+ \[\d{3}\] \//.test(line))
    .slice(-40)
    .join('\n');
}

/** Tries `check` until it passes (the server picks a change up in its own time) or `timeoutMs` runs out. */
async function eventually<T>(what: string, check: () => Promise<T>, timeoutMs = 30_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > end) {
        const log = serverSaid();
        throw new Error(
          `${what}: still failing after ${timeoutMs} ms\n${String(error)}\n--- astro dev said (last lines, without requests) ---\n${log}`,
          {
            cause: error,
          },
        );
      }
      await new Promise((done) => setTimeout(done, 200));
    }
  }
}

/** Writes an article file of the copy: five lines of frontmatter, a blank line, then `body` from line 7. */
async function writeArticle(path: string, title: string, body: string, extra = ''): Promise<void> {
  await writeFile(
    join(content, 'articles', path),
    `---\ntitle: ${title}\ndate: 2020-02-01\ntopics: [blockchain-industry]${extra}\n---\n\n${body}\n`,
  );
}

const bodyLinks = (doc: HTMLElement) => doc.querySelectorAll('.prose a.article-ref').map((a) => [a.getAttribute('href'), visibleText(a)]);
const listed = (doc: HTMLElement, selector: string) =>
  doc.querySelectorAll(`${selector} a`).map((a) => [a.getAttribute('href'), visibleText(a)]);

/** The error reports the dev server pushes to the browser over Vite's HMR socket, which Astro's error overlay shows. */
async function overlayErrors(): Promise<{ errors: NonNullable<HmrPayload['err']>[]; close: () => void }> {
  const errors: NonNullable<HmrPayload['err']>[] = [];
  const close = await hmrSocket(server!.origin, (payload) => {
    if (payload.type === 'error' && payload.err) errors.push(payload.err);
  });
  return { errors, close };
}

describe('npm run dev picks up article changes without a restart', () => {
  it('renders article pages on request: both languages and a fallback, 404 for a slug or language the site lacks', async () => {
    const en = await get('/en/articles/alpha/');
    expect(en.status).toBe(200);
    expect(en.doc.querySelector('html')?.getAttribute('lang')).toBe('en');
    expect(visibleText(en.doc.querySelector('h1')!)).toContain('Alpha');
    expect((await get('/zh/articles/alpha/')).doc.querySelector('html')?.getAttribute('lang')).toBe('zh-CN');
    // delta has no Chinese version: its Chinese URL shows the English text under a notice.
    const fallback = await get('/zh/articles/delta/');
    expect(fallback.status).toBe(200);
    expect(fallback.doc.querySelector('.fallback-notice')).not.toBeNull();
    for (const path of ['/en/articles/no-such-article/', '/fr/articles/alpha/']) expect((await get(path)).status, path).toBe(404);
    // The site says once that the route renders on request; Astro has no getStaticPaths() to warn is ignored.
    const said = server!.output().split('\n');
    expect(said.filter((line) => line.includes('renders each article when it is requested in dev'))).toHaveLength(1);
    expect(said.filter((line) => line.includes('getStaticPaths'))).toEqual([]);
  });

  it('resolves a link to an article written after it, and lists and backlinks show the new article', async () => {
    await writeArticle('en/delta.md', 'Delta, unrelated', 'Delta now links to [[omega]].');
    // The target does not exist yet: the page fails.
    await eventually('delta linking to a missing article', async () => expect((await get('/en/articles/delta/')).status).toBe(500));

    await writeArticle('en/omega.md', 'Omega, written while the server runs', 'Omega is new.');
    await eventually('the link to the new article', async () => {
      const delta = await get('/en/articles/delta/');
      expect(delta.status).toBe(200);
      expect(bodyLinks(delta.doc)).toEqual([['/en/articles/omega/', 'Omega, written while the server runs']]);
    });
    // The link resolves as soon as the file is read; the store may take the new entry a moment later.
    await eventually('the new article, its backlinks and the list', async () => {
      const omega = await get('/en/articles/omega/');
      expect(omega.status).toBe(200);
      expect(listed(omega.doc, '.backlinks')).toEqual([['/en/articles/delta/', 'Delta, unrelated']]);
      expect(listed((await get('/en/archive/')).doc, 'main')).toContainEqual([
        '/en/articles/omega/',
        'Omega, written while the server runs',
      ]);
    });
  });

  it('shows a new title in the bodies that link to the article, on its page and in the lists', async () => {
    await writeArticle('en/omega.md', 'Omega, retitled', 'Omega is new.');
    await eventually('the new title in the linking body', async () =>
      expect(bodyLinks((await get('/en/articles/delta/')).doc)).toEqual([['/en/articles/omega/', 'Omega, retitled']]),
    );
    expect(visibleText((await get('/en/articles/omega/')).doc.querySelector('h1'))).toBe('Omega, retitled');
    const archive = listed((await get('/en/archive/')).doc, 'main');
    expect(archive).toContainEqual(['/en/articles/omega/', 'Omega, retitled']);
    expect(archive).not.toContainEqual(['/en/articles/omega/', 'Omega, written while the server runs']);
  });

  it('shows a new title in an MDX article that links to it, in its text and its cards', async () => {
    const zeta = async () => {
      const { status, doc } = await get('/en/articles/zeta/');
      expect(status, serverSaid()).toBe(200);
      return {
        link: bodyLinks(doc).find(([href]) => href === '/en/articles/alpha/')?.[1],
        card: visibleText(doc.querySelector('.article-card a[href="/en/articles/beta/"]')),
      };
    };
    expect(await zeta()).toEqual({ link: 'Alpha, the hub article', card: 'Beta, an article whose translation fell behind' });
    await writeArticle('en/alpha.md', 'Alpha, retitled', 'Alpha lost its links.');
    await writeArticle('en/beta.md', 'Beta, retitled', 'Beta lost its details.');
    await eventually('the new titles in the MDX page', async () =>
      expect(await zeta()).toEqual({ link: 'Alpha, retitled', card: 'Beta, retitled' }),
    );
  });

  it("shows a broken link in Astro's error overlay, naming the file and line, until it is fixed", async () => {
    const overlay = await overlayErrors();
    try {
      await writeArticle('en/delta.md', 'Delta, unrelated', 'Delta now links to [[omega]].\n\nThis line links to [[no-such-article]].');
      await eventually('the error', async () => {
        expect((await get('/en/articles/delta/')).status).toBe(500);
        const error = overlay.errors.find((e) => e.message.includes('no-such-article'));
        expect(error?.message).toContain('articles/en/delta.md:9:20');
        // The overlay opens the article at the link, not the code that threw.
        expect(error?.loc).toMatchObject({ line: 9, column: 20 });
        expect(error?.loc?.file).toMatch(/articles\/en\/delta\.md$/);
      });
    } finally {
      overlay.close();
    }
    await writeArticle('en/delta.md', 'Delta, unrelated', 'Delta now links to [[omega]].');
    await eventually('the fixed page', async () => expect((await get('/en/articles/delta/')).status).toBe(200));
  });

  it('redirects the old URL of a renamed article to the new one, in every language', async () => {
    await writeArticle('en/omega-renamed.md', 'Omega, renamed', 'Omega is new.', '\naliases: [omega]');
    await rm(join(content, 'articles/en/omega.md'));
    await writeArticle('en/delta.md', 'Delta, unrelated', 'Delta now links to [[omega-renamed]].');
    await eventually('the renamed article', async () => {
      const delta = await get('/en/articles/delta/');
      expect(delta.status).toBe(200);
      expect(bodyLinks(delta.doc)).toEqual([['/en/articles/omega-renamed/', 'Omega, renamed']]);
    });
    for (const lang of ['en', 'zh']) {
      const old = await get(`/${lang}/articles/omega/`);
      expect([old.status, old.location]).toEqual([302, `/${lang}/articles/omega-renamed/`]);
    }
    expect((await get('/en/articles/omega-renamed/')).status).toBe(200);
  });

  it('drops a deleted article: a link to it breaks until it is removed, then its page and list entries are gone', async () => {
    const overlay = await overlayErrors();
    try {
      // Moved out of the folder, as an editor's file manager would.
      await rename(join(content, 'articles/en/omega-renamed.md'), join(work, 'omega-renamed.md'));
      await eventually('the link to the deleted article', async () => {
        expect((await get('/en/articles/delta/')).status).toBe(500);
        expect(overlay.errors.find((e) => e.message.includes('omega-renamed'))?.loc).toMatchObject({ line: 7, column: 20 });
      });
    } finally {
      overlay.close();
    }
    await writeArticle('en/delta.md', 'Delta, unrelated', 'Delta links to nothing again.');
    await eventually('the lists without it', async () => {
      const archive = await get('/en/archive/');
      expect(archive.status).toBe(200);
      expect(listed(archive.doc, 'main').map(([href]) => href)).not.toContain('/en/articles/omega-renamed/');
    });
    await eventually('its page gone', async () => expect((await get('/en/articles/omega-renamed/')).status).toBe(404));
    // Its alias went with it.
    expect((await get('/en/articles/omega/')).status).toBe(404);
  });

  it('refuses an article saved with code or unsafe HTML: the MDX is never compiled, the Markdown never shown', async () => {
    const probe = join(work, 'ran');
    const overlay = await overlayErrors();
    try {
      await writeArticle(
        'en/hostile-code.mdx',
        'Hostile code',
        `import { writeFileSync } from 'node:fs'\n\nexport const ran = writeFileSync(${JSON.stringify(probe)}, 'ran')\n\nHome: {process.env.HOME}`,
      );
      await writeArticle(
        'en/hostile-html.md',
        'Hostile HTML',
        'Text <img src="x.png" alt="" onerror="alert(1)">\n\n<script>alert(2)</script>',
      );
      await eventually('the refused MDX', async () => {
        expect((await get('/en/articles/hostile-code/')).status).toBe(500);
        const error = overlay.errors.find((e) => e.message.includes('hostile-code.mdx'));
        // The overlay shows the message as text: Vite hands it over escaped.
        const message = (error?.message ?? '').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
        expect(message).toMatch(
          /hostile-code\.mdx:7 {2}\[MDX\] the MDX article imports or exports code: "import \{ writeFileSync \} from 'node:fs'"/,
        );
        expect(message).toMatch(/hostile-code\.mdx:11 {2}\[MDX\] the \{expression\} \{process\.env\.HOME\} is code/);
        // It opens the article at its first problem.
        expect(error?.loc).toMatchObject({ line: 7 });
        expect(error?.loc?.file).toMatch(/articles\/en\/hostile-code\.mdx$/);
      });
      await eventually('the refused Markdown', async () => {
        const page = await get('/en/articles/hostile-html/');
        expect(page.status).toBe(200);
        const article = page.doc.querySelector('article');
        expect(visibleText(article)).toContain('This article was not rendered: it breaks the content contract.');
        expect(visibleText(article)).toContain('[HTML] <script> is not allowed in an article');
        expect(article?.querySelectorAll('img, script')).toHaveLength(0);
      });
      const html = await (await fetch(new URL('/en/articles/hostile-html/', server!.origin))).text();
      // The dev server's own modules load from the server itself (/@vite/client, /src/…), not from /_astro/.
      expect(executableConstructs(html).found.filter((f) => !/^<script src="\/[@\w]/.test(f))).toEqual([]);
      expect(existsSync(probe), 'the MDX code ran in the dev server').toBe(false);
    } finally {
      overlay.close();
    }
    await writeArticle('en/hostile-code.mdx', 'Hostile code, fixed', 'Home is <kbd>~</kbd>.');
    await writeArticle('en/hostile-html.md', 'Hostile HTML, fixed', 'Press <kbd>Ctrl</kbd>.');
    await eventually('both fixed', async () => {
      for (const slug of ['hostile-code', 'hostile-html']) {
        const page = await get(`/en/articles/${slug}/`);
        expect(page.status, slug).toBe(200);
        expect(page.doc.querySelector('article kbd'), slug).not.toBeNull();
      }
    });
    expect(await readFile(join(content, 'articles/en/hostile-html.md'), 'utf8')).toContain('<kbd>Ctrl</kbd>');
  });

  it('refuses an article that breaks the contract when the server starts, and shows it once fixed', async () => {
    const article = async () => (await get('/zh/articles/gamma/')).doc.querySelector('article');
    const shown = await article();
    expect(visibleText(shown)).toContain('This article was not rendered: it breaks the content contract.');
    expect(visibleText(shown)).toContain('[HTML] <script> is not allowed in an article');
    expect(shown?.querySelectorAll('script')).toHaveLength(0);
    await writeFile(join(content, 'articles/zh/gamma.md'), gammaZh);
    await eventually('the article fixed', async () => expect(visibleText(await article())).not.toContain('This article was not rendered'));
  });

  it('refuses unsafe HTML saved into an article the check at start passed, and shows it again once put back', async () => {
    const file = join(content, 'articles/zh/beta.md');
    const original = await readFile(file, 'utf8');
    const article = async () => (await get('/zh/articles/beta/')).doc.querySelector('article');
    expect(visibleText(await article())).not.toContain('This article was not rendered');
    await writeFile(file, `${original.trimEnd()}\n\n<script>alert(3)</script>\n`);
    await eventually('the refused edit', async () => {
      const shown = await article();
      expect(visibleText(shown)).toContain('This article was not rendered: it breaks the content contract.');
      expect(shown?.querySelectorAll('script')).toHaveLength(0);
    });
    await writeFile(file, original);
    await eventually('the article put back', async () =>
      expect(visibleText(await article())).not.toContain('This article was not rendered'),
    );
  });

  it('ranks related articles, orders the lists and names the sources again when an edit changes topics, a date or a source', async () => {
    // What every page computes over all articles is kept across edits that leave its input as it was (core/build/reuse.ts):
    // each edit here changes one such input, and the pages must follow it.
    const theta = (topics: string, date: string, source = '') =>
      writeFile(
        join(content, 'articles/en/theta.md'),
        `---\ntitle: Theta, moved around\ndate: ${date}\ntopics: [${topics}]${source}\n---\n\nTheta.\n`,
      );
    const related = async (slug: string, lang = 'en') =>
      listed((await get(`/${lang}/articles/${slug}/`)).doc, '.related').map(([href]) => href);
    const newest = async () => listed((await get('/en/archive/')).doc, 'main')[0]?.[0];
    const sources = async () => (await get('/en/search/')).doc.querySelectorAll('select[name="source"] option').map((o) => visibleText(o));

    // The newest article, so that it comes first among the articles sharing as many topics.
    await theta('regulation', '2030-01-01');
    await eventually('theta related to gamma by its topic, and first in the archive', async () => {
      expect(await related('gamma', 'zh')).toContain('/zh/articles/theta/');
      expect(await newest()).toBe('/en/articles/theta/');
    });
    expect(await related('delta')).not.toContain('/en/articles/theta/');

    await theta('blockchain-industry', '2030-01-01');
    await eventually('theta related to delta by its new topic', async () => {
      expect(await related('delta')).toContain('/en/articles/theta/');
      expect(await related('gamma', 'zh')).not.toContain('/zh/articles/theta/');
    });

    await theta('blockchain-industry', '2000-01-01');
    await eventually('theta no longer first in the archive by its new date', async () =>
      expect(await newest()).not.toBe('/en/articles/theta/'),
    );
    expect(await sources()).not.toContain('Theta Wire');

    await theta('blockchain-industry', '2000-01-01', '\nsource: { name: Theta Wire }');
    await eventually('the new source among the search filters', async () => expect(await sources()).toContain('Theta Wire'));
    await rm(join(content, 'articles/en/theta.md'));
    await eventually('theta gone', async () => expect((await get('/en/articles/theta/')).status).toBe(404));
  });

  it('follows an article renamed while it runs: the new URL serves it, the old redirects, and links by the old slug point at the new URL', async () => {
    // As `npm run rename` leaves it outside git: the file moved, the old slug added to its aliases, the links left for now.
    const old = join(content, 'articles/zh/gamma.md');
    const text = await readFile(old, 'utf8');
    await rename(old, join(content, 'articles/zh/gamma-renamed.md'));
    await writeFile(join(content, 'articles/zh/gamma-renamed.md'), addAlias(text, 'gamma'));
    await eventually('the renamed article at its new URL', async () => {
      const page = await get('/zh/articles/gamma-renamed/');
      expect(page.status).toBe(200);
      expect(visibleText(page.doc.querySelector('h1'))).toBe('伽马：只有中文的文章');
    });
    // The move and the alias are two saves: the new URL may answer before the second is read.
    await eventually('the old URL redirected', async () => {
      for (const lang of ['en', 'zh']) {
        const moved = await get(`/${lang}/articles/gamma/`);
        expect([moved.status, moved.location]).toEqual([302, `/${lang}/articles/gamma-renamed/`]);
      }
    });
    // A Markdown body ([[gamma]]) and an MDX one ([[zh:gamma|…]]) that still name the old slug.
    await eventually('the Markdown link by the old slug', async () =>
      expect(bodyLinks((await get('/zh/articles/alpha/')).doc)).toContainEqual(['/zh/articles/gamma-renamed/', '伽马：只有中文的文章']),
    );
    await eventually('the MDX link by the old slug', async () =>
      expect(bodyLinks((await get('/en/articles/zeta/')).doc)).toContainEqual(['/zh/articles/gamma-renamed/', 'gamma in Chinese']),
    );
  });
});
