import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { executableConstructs, loadPage, visibleText } from '../helpers/html';
import { THEME_SCRIPT } from '../../src/core/headers/siteInlineCode';

const outDir = inject('fixtureSiteDir');

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

/** The URL path a built file answers at. */
function urlOf(file: string): string {
  return `/${relative(outDir, file)}`.replace(/index\.html$/, '').replace(/\.html$/, '');
}

describe('built fixture site', () => {
  it('builds the routes of both languages', async () => {
    const urls = (await htmlFiles(outDir)).map(urlOf).sort();
    for (const url of [
      '/',
      '/en/',
      '/zh/',
      '/en/articles/stablecoin-risks/',
      '/zh/articles/stablecoin-risks/',
      '/en/topics/',
      '/zh/topics/regulation/',
      '/en/archive/',
      '/zh/archive/',
    ]) {
      expect(urls).toContain(url);
    }
  });

  it('sets <html lang> from the URL language', async () => {
    for (const file of await htmlFiles(outDir)) {
      const url = urlOf(file);
      const lang = parse(await readFile(file, 'utf8'))
        .querySelector('html')
        ?.getAttribute('lang');
      if (url.startsWith('/zh/')) expect(lang, url).toBe('zh-CN');
      else if (url.startsWith('/en/')) expect(lang, url).toBe('en');
      else expect(lang, url).toMatch(/^(en|zh-CN)$/);
    }
  });

  it('resolves every internal link to a built page or anchor', async () => {
    const files = await htmlFiles(outDir);
    const pages = new Map<string, Set<string>>();
    for (const file of files) {
      const doc = parse(await readFile(file, 'utf8'));
      pages.set(urlOf(file), new Set(doc.querySelectorAll('[id]').map((el) => el.id)));
    }
    const broken: string[] = [];
    for (const file of files) {
      const doc = parse(await readFile(file, 'utf8'));
      for (const a of doc.querySelectorAll('a[href]')) {
        const href = a.getAttribute('href')!;
        if (/^(https?:|mailto:)/.test(href)) continue;
        const target = new URL(href, `http://site${urlOf(file)}`);
        if (target.pathname.match(/\.(xml|svg|txt|json)$/)) continue;
        const ids = pages.get(decodeURIComponent(target.pathname));
        const fragment = decodeURIComponent(target.hash.slice(1));
        if (!ids) broken.push(`${urlOf(file)} -> ${href} (no such page)`);
        else if (fragment && !ids.has(fragment)) broken.push(`${urlOf(file)} -> ${href} (no such anchor)`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('points the language switcher at the same page in the other language', async () => {
    const cases = [
      ['/en/', '/zh/'],
      ['/zh/articles/stablecoin-risks/', '/en/articles/stablecoin-risks/'],
      ['/en/topics/cbdc/', '/zh/topics/cbdc/'],
      ['/zh/archive/', '/en/archive/'],
    ];
    for (const [from, to] of cases) {
      const doc = await loadPage(outDir, from!);
      const link = doc.querySelector('.lang-switcher a[href]');
      expect(link?.getAttribute('href'), from).toBe(to);
      expect(doc.querySelector('.lang-switcher [aria-current]')).not.toBeNull();
    }
  });

  it('renders an article with its facts, anchors and table of contents', async () => {
    const doc = await loadPage(outDir, '/en/articles/stablecoin-risks/');
    expect(visibleText(doc.querySelector('h1'))).toBe('Why central banks worry about stablecoins');
    const facts = visibleText(doc.querySelector('.article-facts'));
    expect(facts).toContain('2 March 2020');
    expect(facts).toContain('5 March 2020');
    expect(facts).toContain('Test Writer and Second Writer');
    expect(facts).toContain('Stablecoins and the banks');
    expect(facts).toMatch(/Reading time\s*1 minute/);
    expect(doc.querySelector('.article-facts a[href="https://fixture.example.com/stablecoins"]')).not.toBeNull();
    expect(doc.querySelectorAll('.toc li').map((li) => visibleText(li))).toEqual(['Reserves', 'Runs', 'Contagion', 'Oversight']);
    expect(doc.querySelector('h2#reserves a.heading-anchor')?.getAttribute('href')).toBe('#reserves');
    expect(doc.querySelectorAll('link[rel=alternate][hreflang]').map((l) => l.getAttribute('hreflang'))).toEqual([
      'en',
      'zh-CN',
      'x-default',
    ]);
  });

  it('renders Chinese dates, plurals and hard-wrapped paragraphs without stray spaces', async () => {
    const doc = await loadPage(outDir, '/zh/articles/stablecoin-risks/');
    expect(visibleText(doc.querySelector('.article-facts'))).toContain('2020年3月2日');
    const firstParagraph = doc.querySelector('.prose p')?.textContent ?? '';
    expect(firstParagraph).toContain('谁持有，以及');
    expect(firstParagraph).not.toMatch(/\s/);
    expect(doc.querySelector('.prose strong')?.textContent).toBe('许多持有人，');
    const home = await loadPage(outDir, '/zh/archive/');
    expect(visibleText(home.querySelector('main'))).toContain('4 篇文章');
    const en = await loadPage(outDir, '/en/archive/');
    expect(visibleText(en.querySelector('main'))).toContain('4 articles');
  });

  it('shows the original under a notice where no translation exists', async () => {
    const doc = await loadPage(outDir, '/en/articles/ledger-pilot/');
    expect(doc.querySelector('html')?.getAttribute('lang')).toBe('en');
    expect(visibleText(doc.querySelector('.fallback-notice'))).toMatch(/not been translated into English/);
    expect(doc.querySelector('.prose')?.getAttribute('lang')).toBe('zh-CN');
    expect(doc.querySelector('link[rel=canonical]')?.getAttribute('href')).toMatch(/\/zh\/articles\/ledger-pilot\/$/);
    expect(doc.querySelector('[data-pagefind-body]')).toBeNull();
    expect(doc.querySelectorAll('link[rel=alternate][hreflang]')).toHaveLength(0);
  });

  it('words the footnotes in the language of the article, on its page and on the fallback page that shows it', async () => {
    for (const url of ['/zh/articles/ledger-pilot/', '/en/articles/ledger-pilot/']) {
      const footnotes = (await loadPage(outDir, url)).querySelector('.prose section[data-footnotes]')!;
      expect(visibleText(footnotes.querySelector('h2#footnote-label')), url).toBe('脚注');
      expect(
        footnotes.querySelectorAll('a[data-footnote-backref]').map((a) => a.getAttribute('aria-label')),
        url,
      ).toEqual(['返回引用处 1', '返回引用处 1-2', '返回引用处 2']);
    }
  });

  it("counts an ArticleCard as a link: the article it shows lists the card's article among its backlinks", async () => {
    for (const url of ['/zh/articles/ledger-pilot/', '/en/articles/stablecoin-risks/']) {
      const doc = await loadPage(outDir, url);
      const hrefs = doc.querySelectorAll('.backlinks a').map((a) => a.getAttribute('href'));
      expect(hrefs, url).toContain(`/${url.split('/')[1]}/articles/components-tour/`);
    }
  });

  it('publishes briefs as briefs and leaves drafts out', async () => {
    const brief = await loadPage(outDir, '/en/articles/exchange-brief/');
    // a known source: the notice links to it, and names it, rather than to a search
    expect(visibleText(brief.querySelector('.brief-notice'))).toMatch(
      /^Only this article’s headline could be retrieved: .* Read the article at Fixture Wire$/,
    );
    expect(brief.querySelector('.brief-notice a')?.getAttribute('href')).toBe('https://fixture.example.com/halt');
    const files = (await htmlFiles(outDir)).map(urlOf);
    expect(files.filter((u) => u.includes('unpublished-draft'))).toEqual([]);
    const archive = await loadPage(outDir, '/en/archive/');
    expect(visibleText(archive.querySelector('main'))).not.toContain('must not be published');
  });

  it('keeps the landing page usable without JavaScript', async () => {
    const doc = await loadPage(outDir, '/');
    const links = doc.querySelectorAll('main a[href]').map((a) => a.getAttribute('href'));
    expect(links).toEqual(['/en/', '/zh/']);
  });

  it('holds nothing executable but the site’s own scripts: no handlers, no script URLs, no embeds', async () => {
    // The scan finds each construct it looks for.
    expect(
      executableConstructs(
        '<p onclick="x"><a href=" JaVaScRiPt:x">a</a><img src="data:image/svg+xml,x"><iframe></iframe><base href="/"></p>' +
          '<script src="https://cdn.example/x.js"></script><article><script>alert(1)</script></article><script>own()</script>',
      ),
    ).toEqual({
      found: [
        '<p onclick>',
        '<a href=" JaVaScRiPt:x">',
        '<img src="data:image/svg+xml,x">',
        '<iframe>',
        '<base>',
        '<script src="https://cdn.example/x.js">',
        '<script> inside the article',
      ],
      inline: ['own()'],
    });
    // The site's own scripts: bundled modules in /_astro/, JSON-LD, the theme script every page inlines
    // (components/ThemeScript.astro) and, on the landing page only, the language redirect (pages/index.astro).
    const found: string[] = [];
    const inline = new Map<string, string[]>();
    const files = await htmlFiles(outDir);
    for (const file of files) {
      const page = executableConstructs(await readFile(file, 'utf8'));
      found.push(...page.found.map((f) => `${urlOf(file)} ${f}`));
      for (const text of page.inline) inline.set(text, [...(inline.get(text) ?? []), urlOf(file)]);
    }
    expect(found).toEqual([]);
    expect(inline.get(THEME_SCRIPT)).toHaveLength(files.length);
    expect([...inline].filter(([text]) => text !== THEME_SCRIPT).map(([, urls]) => urls)).toEqual([['/']]);
  });
});
