import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { promisify, stripVTControlCharacters } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtUrls } from '../../src/site/builtUrls';
import { LOCALES } from '../../src/core/language/locales';
import { siteUrl } from '../../src/site/siteUrl';
import { answeredUrls, lockableUrls, parseLock, URL_LOCK_FILE, vanishedMessage, vanishedUrls } from '../../src/core/links/urlLock';
import { articleUrl, rssUrl, withBase } from '../../src/core/links/urls';
import { siteSettings } from '../../src/site/siteSettings';
import { buildSite, PROJECT_ROOT } from '../helpers/buildSite';
import { loadPage, visibleText } from '../helpers/html';
import { frontmatterFields, readFrontmatter } from '../../src/core/content/frontmatter';
import { readArticleFiles } from '../../src/site/contentFolder';

// The real content (content/), built once: its links, feeds, sitemap and URL lock. Every check holds
// for whatever content/ holds, the sample articles or none (once `urls:update --prune` has released
// their URLs); tests that need the sample articles build tests/fixtures/sample-content.
const run = promisify(execFile);
const LOCK = join(PROJECT_ROOT, URL_LOCK_FILE);
const SITE = siteUrl();
// Pages, feeds and _redirects name URLs under the base path of content/site.yaml (`/` or e.g. `/kb/`).
const underBase = (path: string) => withBase(path, siteSettings(join(PROJECT_ROOT, 'content')).base);
let outDir: string;
let log: string;

beforeAll(async () => {
  // The lock is checked below, with its own message; here the build must not stop on it.
  const built = await buildSite(join(PROJECT_ROOT, 'content'), { ZHIKU_URL_LOCK: 'off' });
  outDir = built.outDir;
  log = stripVTControlCharacters(`${built.stdout}\n${built.stderr}`);
});

/** Runs the link checker script on a built folder. */
function checkLinks(dir: string) {
  return run(process.execPath, [join(PROJECT_ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/check-links.ts', dir], { cwd: PROJECT_ROOT });
}

describe('the real content build', () => {
  it("logs no warning of Vite's (a Node module in the browser's code, a missing import)", () => {
    expect(log).toContain('[build] Complete!');
    expect(log.split('\n').filter((line) => /\[WARN\] \[vite\]/.test(line))).toEqual([]);
  });

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
      for (const item of items) expect(item.link).toMatch(new RegExp(`^${SITE}${underBase(`/${locale}/articles/`)}[a-z0-9-]+/$`));
    }
    const sitemap = await readFile(join(outDir, 'sitemap-0.xml'), 'utf8');
    expect(XMLValidator.validate(sitemap)).toBe(true);
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs.length).toBeGreaterThan(10);
    for (const loc of locs) expect(loc.startsWith(`${SITE}${underBase('/')}`), loc).toBe(true);
  });
});

/** Every article file of content/ with its language, slug and frontmatter. */
function contentArticles() {
  return readArticleFiles(join(PROJECT_ROOT, 'content/articles')).map((f) => {
    const [locale, name] = f.path.split('/') as [(typeof LOCALES)[number], string];
    return { locale, slug: name.replace(/\.mdx?$/, ''), data: frontmatterFields(readFrontmatter(f.text)) };
  });
}

describe("the real content's aliases and dates", () => {
  // The sample articles renamed by the slug rules of issue 14: cut mid-phrase, or syllable-by-syllable
  // pinyin of an article with an English translation. Checked while the lock lists their old URLs,
  // which it does until a team that replaces the sample articles prunes them from it.
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
    // every renamed sample article still in the lock, in every language, is among them
    const renamed = Object.entries(RENAMED).flatMap(([old, now]) => LOCALES.map((l) => [l, old, now] as const));
    expect(aliases.map((a) => `${a.locale}:${a.alias}>${a.slug}`)).toEqual(
      expect.arrayContaining(renamed.filter(([l, old]) => locked.has(articleUrl(l, old))).map(([l, old, now]) => `${l}:${old}>${now}`)),
    );
    for (const { locale, alias, slug } of aliases) {
      expect(locked.has(articleUrl(locale, alias)), articleUrl(locale, alias)).toBe(true);
      const old = await loadPage(outDir, articleUrl(locale, alias));
      expect(old.querySelector('meta[http-equiv=refresh]')?.getAttribute('content')).toBe(`0;url=${underBase(articleUrl(locale, slug))}`);
      expect(redirects).toContain(`${underBase(articleUrl(locale, alias))} ${underBase(articleUrl(locale, slug))} 301`);
      expect((await loadPage(outDir, articleUrl(locale, slug))).querySelector('article h1')).not.toBeNull();
    }
  });

  it('say "Collected on" where the date is only the day they were collected, "Published" otherwise', async () => {
    // Whatever articles content/ holds; importBuild.test.ts builds both kinds from fixture dumps.
    for (const { locale, slug, data } of contentArticles()) {
      const label = visibleText((await loadPage(outDir, articleUrl(locale, slug))).querySelector('.article-facts dt'));
      const collected = data.dateFrom === 'collected';
      expect(label, `${locale}/${slug}`).toBe(
        collected ? (locale === 'zh' ? '收录于' : 'Collected on') : locale === 'zh' ? '发布于' : 'Published',
      );
    }
  });
});
