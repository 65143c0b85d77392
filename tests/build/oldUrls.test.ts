import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, inject, it } from 'vitest';
import { builtUrls } from '../../src/site/builtUrls';
import { LOCALES } from '../../src/core/language/locales';
import { lockableUrls, serializeLock, URL_LOCK_FILE } from '../../src/core/links/urlLock';
import { articleUrl, rssUrl } from '../../src/core/links/urls';
import { BuildError, buildSite, PROJECT_ROOT } from '../helpers/buildSite';
import { browserAvailable, launchBrowser } from '../helpers/browser';
import { loadPage } from '../helpers/html';
import { serveStatic } from '../helpers/serve';

// Done when: old URLs keep working. A copy of the fixture site is changed and built against a lock of
// every URL the unchanged fixture site publishes (read from the build the whole test run shares), as
// a site's committed urls.lock.json lists every URL it has published.
const run = promisify(execFile);
const FIXTURE = join(PROJECT_ROOT, 'tests/fixtures/site');

/** A copy of the fixture site to change, and its lock: a file listing every URL the fixture publishes. */
async function fixtureCopy(): Promise<{ dir: string; lock: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'zhiku-fixture-copy-'));
  await cp(FIXTURE, join(dir, 'content'), { recursive: true });
  const lock = join(dir, URL_LOCK_FILE);
  await writeFile(lock, serializeLock(lockableUrls(builtUrls(inject('fixtureSiteDir')))));
  return { dir: join(dir, 'content'), lock };
}

/** An article that no other article names, so renaming or deleting it breaks no link. */
async function unlinkedArticle(dir: string): Promise<{ slug: string; files: string[] }> {
  const paths = (await readdir(join(dir, 'articles'), { recursive: true })).filter((p) => /\.mdx?$/.test(p)).sort();
  const texts = new Map(await Promise.all(paths.map(async (p) => [p, await readFile(join(dir, 'articles', p), 'utf8')] as const)));
  for (const path of paths) {
    const slug = path.split('/')[1]!.replace(/\.mdx?$/, '');
    const files = paths.filter((p) => p.split('/')[1]!.replace(/\.mdx?$/, '') === slug);
    const linked = paths.some((p) => !files.includes(p) && texts.get(p)!.includes(slug));
    const bilingual = LOCALES.every((locale) => files.some((f) => f.startsWith(`${locale}/`)));
    if (bilingual && !linked && files.every((f) => !/^(aliases|draft):/m.test(texts.get(f)!))) return { slug, files };
  }
  throw new Error('every article is linked from another one');
}

describe('done when: old URLs keep working', () => {
  it('renaming an article and listing the old slug as an alias keeps the old URL working in both languages', async () => {
    const { dir, lock } = await fixtureCopy();
    const { slug, files } = await unlinkedArticle(dir);
    // cut at 60 characters, never leaving a hyphen before the suffix (a slug has single hyphens)
    const renamed = `${slug.slice(0, 60).replace(/-+$/, '')}-renamed`;
    for (const file of files) {
      const from = join(dir, 'articles', file);
      await writeFile(from, (await readFile(from, 'utf8')).replace(/^---\n/, `---\naliases: [${slug}]\n`));
      await rename(from, from.replace(`${slug}.`, `${renamed}.`));
    }
    // The build checks the lock itself: it must pass. It also runs on another host (SITE).
    const host = 'https://kb.example.com';
    const { outDir: out } = await buildSite(dir, { ZHIKU_URL_LOCK: lock, SITE: host });
    for (const locale of LOCALES) {
      const old = await loadPage(out, articleUrl(locale, slug));
      expect(old.querySelector('meta[http-equiv=refresh]')?.getAttribute('content')).toBe(`0;url=${articleUrl(locale, renamed)}`);
      expect(old.querySelector('link[rel=canonical]')?.getAttribute('href')).toBe(`${host}${articleUrl(locale, renamed)}`);
      expect(old.querySelector('main a')?.getAttribute('href')).toBe(articleUrl(locale, renamed));
      expect((await loadPage(out, articleUrl(locale, renamed))).querySelector('article h1')).not.toBeNull();
    }
    expect(await readFile(join(out, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${host}/sitemap-index.xml`);
    expect(await readFile(join(out, rssUrl('zh')), 'utf8')).toContain(`<link>${host}/zh/articles/`);
    const redirects = await readFile(join(out, '_redirects'), 'utf8');
    expect(redirects).toContain(`${articleUrl('zh', slug)} ${articleUrl('zh', renamed)} 301`);
    await expect(
      run(process.execPath, [join(PROJECT_ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/check-links.ts', out, '--site', host], {
        cwd: PROJECT_ROOT,
      }),
    ).resolves.toBeTruthy();
    // And a real browser opening the old URL lands on the article, in each language.
    if (browserAvailable()) {
      const [browser, server] = await Promise.all([launchBrowser(), serveStatic(out)]);
      try {
        const page = await browser.newPage();
        for (const locale of LOCALES) {
          await page.goto(`${server.url}${articleUrl(locale, slug)}`);
          await page.waitForURL(`${server.url}${articleUrl(locale, renamed)}`);
          expect(await page.locator('article h1').count()).toBe(1);
        }
      } finally {
        await Promise.all([browser.close(), server.close()]);
      }
    }
  }, 240_000);

  it('deleting an article without an alias fails the build, naming the URLs and the fix', async () => {
    const { dir, lock } = await fixtureCopy();
    const { slug, files } = await unlinkedArticle(dir);
    for (const file of files) await rm(join(dir, 'articles', file));
    const error = await buildSite(dir, { ZHIKU_URL_LOCK: lock }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(BuildError);
    const output = `${(error as BuildError).stdout}\n${(error as BuildError).stderr}`;
    expect(output).toContain(`listed in ${URL_LOCK_FILE}:`);
    for (const locale of LOCALES) expect(output).toContain(`✖ ${articleUrl(locale, slug)}`);
    expect(output).toContain(`aliases: [${slug}]`);
    // Only the article's URLs: feeds and sitemap are written before the lock is checked.
    expect(output.match(/✖ \//g)).toHaveLength(LOCALES.length);
    expect(output).toContain('npm run urls:update -- --prune');
  }, 240_000);
});
