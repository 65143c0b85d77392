import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtUrls } from '../../src/site/builtUrls';
import { LOCALES } from '../../src/core/language/locales';
import { siteUrl } from '../../src/site/siteUrl';
import { answeredUrls, lockableUrls, parseLock, URL_LOCK_FILE, vanishedMessage, vanishedUrls } from '../../src/core/links/urlLock';
import { articleUrl, rssUrl } from '../../src/core/links/urls';
import { BuildError, buildSite, PROJECT_ROOT } from '../helpers/buildSite';
import { browserAvailable, launchBrowser } from '../helpers/browser';
import { loadPage, visibleText } from '../helpers/html';
import { frontmatterFields, readFrontmatter } from '../../src/core/content/frontmatter';
import { readArticleFiles } from '../../src/site/contentFolder';
import { serveStatic } from '../helpers/serve';

// The real content (content/), built once: its links, feeds, sitemap and URL lock.
const run = promisify(execFile);
const LOCK = join(PROJECT_ROOT, URL_LOCK_FILE);
const SITE = siteUrl();
let outDir: string;

beforeAll(async () => {
  // The lock is checked below, with its own message; here the build must not stop on it.
  ({ outDir } = await buildSite(join(PROJECT_ROOT, 'content'), { ZHIKU_URL_LOCK: 'off' }));
});

/** Runs the link checker script on a built folder. */
function checkLinks(dir: string) {
  return run(process.execPath, [join(PROJECT_ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/check-links.ts', dir], { cwd: PROJECT_ROOT });
}

describe('the real content build', () => {
  it('has no broken internal link or #fragment', async () => {
    const { stdout } = await checkLinks(outDir);
    expect(stdout).toContain('none broken');
  });

  it(`still answers every URL of ${URL_LOCK_FILE}`, async () => {
    const vanished = vanishedUrls(parseLock(await readFile(LOCK, 'utf8')), answeredUrls(builtUrls(outDir)));
    // The message is the fix: add an alias, or prune the lock on purpose.
    expect(vanished, `\n${vanishedMessage(vanished)}\n`).toEqual([]);
  });

  it(`lists every published URL in ${URL_LOCK_FILE}`, async () => {
    const locked = new Set(parseLock(await readFile(LOCK, 'utf8')));
    const unlocked = lockableUrls(builtUrls(outDir)).filter((u) => !locked.has(u));
    expect(unlocked, `\nThese URLs are published but not locked. Run \`npm run urls:update\` and commit ${URL_LOCK_FILE}.\n`).toEqual([]);
  });

  it('has well-formed feeds and sitemap with absolute URLs in the right languages', async () => {
    const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
    for (const locale of LOCALES) {
      const text = await readFile(join(outDir, rssUrl(locale)), 'utf8');
      expect(XMLValidator.validate(text)).toBe(true);
      const channel = xml.parse(text).rss.channel;
      expect(channel.language).toBe(locale === 'zh' ? 'zh-CN' : 'en');
      const items = [channel.item ?? []].flat() as { link: string }[];
      for (const item of items) expect(item.link).toMatch(new RegExp(`^${SITE}/${locale}/articles/[a-z0-9-]+/$`));
    }
    const sitemap = await readFile(join(outDir, 'sitemap-0.xml'), 'utf8');
    expect(XMLValidator.validate(sitemap)).toBe(true);
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs.length).toBeGreaterThan(10);
    for (const loc of locs) expect(loc.startsWith(`${SITE}/`), loc).toBe(true);
  });
});

/** Every article file of content/ with its language, slug and frontmatter. */
function contentArticles() {
  return readArticleFiles(join(PROJECT_ROOT, 'content/articles')).map((f) => {
    const [locale, name] = f.path.split('/') as [(typeof LOCALES)[number], string];
    return { locale, slug: name.replace(/\.mdx?$/, ''), data: frontmatterFields(readFrontmatter(f.text)) };
  });
}

describe('the renamed seed articles', () => {
  // Renamed by the slug rules of issue 14: cut mid-phrase, or syllable-by-syllable pinyin of an article with an English translation.
  const RENAMED: Record<string, string> = {
    'bank-of-america-shuts-former-paypal-execs-bank-account-and-may-have-also-closed':
      'bank-of-america-shuts-former-paypal-execs-bank-account-and-closed-justin-suns',
    'make-no-mistake-crypto-is-still-hated-by-beijing-despite-bullish-blockchain':
      'make-no-mistake-crypto-still-hated-by-beijing-despite-bullish-blockchain-pivot',
    'guo-jia-xin-xi-zhong-xin-zhu-you-ping-wei-lai-suo-you-de-jin-rong-qi-ye-dou-shi':
      'zhu-youping-state-information-center-future-all-financial-companies-blockchain',
    'zhong-guo-qu-kuai-lian-ji-shu-shu-chu-hai-wai-jin-5-yue-yi-fu-she-6-guo':
      'china-exports-blockchain-technology-abroad-six-countries-reached-five-months',
  };

  it('keep their old URLs, in the lock and in both languages, redirecting to the new ones', async () => {
    const locked = new Set(parseLock(await readFile(LOCK, 'utf8')));
    const redirects = await readFile(join(outDir, '_redirects'), 'utf8');
    const aliases = contentArticles().flatMap(({ locale, slug, data }) =>
      ((data.aliases as string[] | undefined) ?? []).map((alias) => ({ locale, alias, slug })),
    );
    // every renamed seed article, in every language, is among them
    expect(aliases.map((a) => `${a.locale}:${a.alias}>${a.slug}`)).toEqual(
      expect.arrayContaining(Object.entries(RENAMED).flatMap(([old, now]) => LOCALES.map((l) => `${l}:${old}>${now}`))),
    );
    for (const { locale, alias, slug } of aliases) {
      expect(locked.has(articleUrl(locale, alias)), articleUrl(locale, alias)).toBe(true);
      const old = await loadPage(outDir, articleUrl(locale, alias));
      expect(old.querySelector('meta[http-equiv=refresh]')?.getAttribute('content')).toBe(`0;url=${articleUrl(locale, slug)}`);
      expect(redirects).toContain(`${articleUrl(locale, alias)} ${articleUrl(locale, slug)} 301`);
      expect((await loadPage(outDir, articleUrl(locale, slug))).querySelector('article h1')).not.toBeNull();
    }
  });

  it('say "Collected on" where the date is only the day they were collected, "Published" otherwise', async () => {
    const articles = contentArticles();
    expect(articles.filter((a) => a.data.dateFrom === 'collected').length).toBeGreaterThan(0);
    for (const { locale, slug, data } of articles) {
      const label = visibleText((await loadPage(outDir, articleUrl(locale, slug))).querySelector('.article-facts dt'));
      const collected = data.dateFrom === 'collected';
      expect(label, `${locale}/${slug}`).toBe(
        collected ? (locale === 'zh' ? '收录于' : 'Collected on') : locale === 'zh' ? '发布于' : 'Published',
      );
    }
  });
});

/** A copy of the real content to change. */
async function contentCopy(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'zhiku-content-copy-'));
  await cp(join(PROJECT_ROOT, 'content'), dir, { recursive: true });
  return dir;
}

/** An article that no other article names, so renaming or deleting it breaks no link. */
async function unlinkedArticle(dir: string): Promise<{ slug: string; files: string[] }> {
  const paths = (await readdir(join(dir, 'articles'), { recursive: true })).filter((p) => /\.mdx?$/.test(p)).sort();
  const texts = new Map(await Promise.all(paths.map(async (p) => [p, await readFile(join(dir, 'articles', p), 'utf8')] as const)));
  for (const path of paths) {
    const slug = path.split('/')[1]!.replace(/\.mdx?$/, '');
    const files = paths.filter((p) => p.split('/')[1]!.replace(/\.mdx?$/, '') === slug);
    const linked = paths.some((p) => !files.includes(p) && texts.get(p)!.includes(slug));
    if (!linked && files.every((f) => !/^aliases:/m.test(texts.get(f)!))) return { slug, files };
  }
  throw new Error('every article is linked from another one');
}

describe('done when: old URLs keep working', () => {
  it('renaming a seed article and listing the old slug as an alias keeps the old URL working in both languages', async () => {
    const dir = await contentCopy();
    const { slug, files } = await unlinkedArticle(dir);
    // cut at 60 characters, never leaving a hyphen before the suffix (a slug has single hyphens)
    const renamed = `${slug.slice(0, 60).replace(/-+$/, '')}-renamed`;
    for (const file of files) {
      const from = join(dir, 'articles', file);
      await writeFile(from, (await readFile(from, 'utf8')).replace(/^---\n/, `---\naliases: [${slug}]\n`));
      await rename(from, from.replace(`${slug}.`, `${renamed}.`));
    }
    // The build checks the committed lock itself: it must pass. It also runs on another host (SITE).
    const host = 'https://kb.example.com';
    const { outDir: out } = await buildSite(dir, { ZHIKU_URL_LOCK: LOCK, SITE: host });
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
  });

  it('deleting an article without an alias fails the build, naming the URLs and the fix', async () => {
    const dir = await contentCopy();
    const { slug, files } = await unlinkedArticle(dir);
    for (const file of files) await rm(join(dir, 'articles', file));
    const error = await buildSite(dir, { ZHIKU_URL_LOCK: LOCK }).then(
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
  });
});
