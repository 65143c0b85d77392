import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { imageMetadata } from 'astro/assets/utils';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, PROJECT_ROOT } from '../helpers/buildSite';
import { loadPage, visibleText } from '../helpers/html';
import { publicFiles } from '../helpers/siteFiles';

// A site with images in media/ (a PNG and JPEGs in sub-folders, an SVG, one file no article
// shows), a PDF the articles link to, Markdown images in both languages, <Figure> in MDX, code blocks,
// one article with a cover (a JPEG no body shows), and a default link-preview picture (site.yaml).
const FIXTURE = join(PROJECT_ROOT, 'tests/fixtures/media-site');
let outDir: string;
let log: string;
beforeAll(async () => {
  const built = await buildSite(FIXTURE);
  outDir = built.outDir;
  log = stripVTControlCharacters(built.stdout + built.stderr);
});

const page = (url: string) => loadPage(outDir, url);
const images = (doc: HTMLElement) => doc.querySelectorAll('.prose img');
const attrs = (img: HTMLElement) => img.attributes;

/** What every article image must carry, whatever its format. */
function expectLaidOut(img: HTMLElement) {
  const a = attrs(img);
  expect(a.alt, img.outerHTML).toBeTruthy();
  expect(Number(a.width), img.outerHTML).toBeGreaterThan(0);
  expect(Number(a.height), img.outerHTML).toBeGreaterThan(0);
  expect(a.loading, img.outerHTML).toBe('lazy');
  expect(a.decoding, img.outerHTML).toBe('async');
  expect(a.sizes, img.outerHTML).toBe('(min-width: 44rem) 42rem, calc(100vw - 2rem)');
  expect(existsSync(join(outDir, a.src!)), a.src).toBe(true);
}

describe('images in Markdown', () => {
  it.each(['/en/articles/reserve-reports/', '/zh/articles/reserve-reports/'])(
    '%s: raster images become WebP with a srcset up to their own width',
    async (url) => {
      const [chart, photo] = images(await page(url));
      for (const img of [chart!, photo!]) {
        expectLaidOut(img);
        expect(attrs(img).src).toMatch(/^\/_astro\/[\w-]+\.[\w-]+\.webp$/);
        const candidates = attrs(img)
          .srcset!.split(', ')
          .map((c) => c.split(' '));
        expect(candidates.every(([file, w]) => /\.webp$/.test(file!) && /^\d+w$/.test(w!))).toBe(true);
        // Widths up to the file's own, never beyond it: nothing is blown up.
        expect(Math.max(...candidates.map(([, w]) => parseInt(w!)))).toBe(Number(attrs(img).width));
        for (const [file] of candidates) expect(existsSync(join(outDir, file!)), file).toBe(true);
      }
      expect([attrs(chart!).width, attrs(chart!).height, attrs(photo!).width, attrs(photo!).height]).toEqual(['1200', '675', '900', '600']);
      expect(attrs(chart!).srcset!.split(', ').length).toBeGreaterThan(1);
    },
  );

  it('an SVG is served as an SVG, sized from its own width and height', async () => {
    const svg = images(await page('/en/articles/reserve-reports/'))[2]!;
    expectLaidOut(svg);
    expect([attrs(svg).src, attrs(svg).width, attrs(svg).height]).toEqual([
      expect.stringMatching(/^\/_astro\/flow\.[\w-]+\.svg$/),
      '480',
      '160',
    ]);
  });

  it('keeps the alt text, in the article language', async () => {
    const alts = images(await page('/zh/articles/reserve-reports/')).map((img) => attrs(img).alt);
    expect(alts).toEqual([
      '柱状图：五个季度里国债在储备中的占比从 35% 升至 90%',
      '一张摆着三块行情屏幕的交易台',
      '示意图：资金从发行方的银行流向托管方',
    ]);
  });
});

describe('<Figure> in MDX', () => {
  it('goes through the same image pipeline as a Markdown image, with its caption and credit', async () => {
    const figures = (await page('/en/articles/custody-flow/')).querySelectorAll('.prose figure.figure');
    expect(figures).toHaveLength(2);
    const [diagram, chart] = figures.map((f) => ({ img: f.querySelector('img')!, caption: f.querySelector('figcaption')! }));
    for (const { img } of [diagram!, chart!]) expectLaidOut(img);
    expect(attrs(chart!.img).src).toMatch(/\.webp$/);
    expect(attrs(chart!.img).srcset!.split(', ').length).toBeGreaterThan(1);
    expect(attrs(diagram!.img).src).toMatch(/\.svg$/);
    expect(attrs(chart!.img).alt).toBe('Bar chart: the share of government bills in the reserve grew from 35% to 90%');
    expect(visibleText(diagram!.caption)).toBe('The path of a dollar from the issuer to the custodian.');
    expect(diagram!.caption.querySelector('.figure-credit')).toBeNull();
    // The credit is text from the content, escaped, after the label in the page's language.
    const credit = chart!.caption.querySelector('.figure-credit')!;
    expect(visibleText(credit)).toBe('Credit: Zhiku research <team>');
    expect(credit.innerHTML).toContain('&lt;team&gt;');
  });

  it('labels the credit in the language of the article', async () => {
    expect(visibleText((await page('/zh/articles/custody-flow/')).querySelector('.figure-credit'))).toBe('图片来源：知库研究组');
  });
});

describe('what reaches dist/', () => {
  it('copies no raster original: only optimised WebP files, SVGs, and the preview copies the pages name', async () => {
    const previews = new Set<string>();
    for (const url of ['/en/articles/reserve-reports/', '/zh/articles/reserve-reports/', '/en/articles/custody-flow/']) {
      const image = (await page(url)).querySelector('meta[property="og:image"]')!.getAttribute('content')!;
      previews.add(new URL(image).pathname.slice(1));
    }
    // Two: the cover, and the chart three pages share.
    expect(previews.size).toBe(2);
    const files = (await readdir(join(outDir, '_astro'))).filter((f) => !/\.(js|css)$/.test(f)).map((f) => `_astro/${f}`);
    expect(files.filter((f) => !/\.(webp|svg)$/.test(f)).sort()).toEqual([...previews].sort());
    const everything = (await readdir(outDir, { recursive: true })).map(String);
    // The site's own pictures of public/ (the link-preview picture) are copied as they are.
    const assets = await publicFiles();
    expect(everything.filter((f) => /\.(png|jpe?g|gif|tiff?|avif)$/i.test(f) && !assets.has(f) && !previews.has(f))).toEqual([]);
  });

  it('leaves a media file no article shows out of the site, and says so in the build log', async () => {
    const all = (await readdir(join(outDir, '_astro'))).join(' ');
    expect(all).not.toContain('unused-draft-chart');
    expect(log).toContain('Content validation found 1 warning (the build goes on):');
    expect(log).toMatch(/⚠ \S*tests\/fixtures\/media-site\/media\/unused-draft-chart\.png {2}\[media\] no article shows this file → /);
  });
});

describe('link previews: og:image on every page kind', () => {
  /** The picture a page gives link previews, as its meta tags say, and the file they point at in dist/. */
  async function previewOf(url: string) {
    const doc = await page(url);
    const meta = (name: string) => doc.querySelector(`meta[property="${name}"]`)?.getAttribute('content');
    const image = new URL(meta('og:image')!);
    const file = join(outDir, decodeURIComponent(image.pathname));
    const size = existsSync(file) ? await imageMetadata(await readFile(file)) : undefined;
    return {
      image,
      tags: [meta('og:image:width'), meta('og:image:height'), meta('og:image:alt')],
      file: size && [String(size.width), String(size.height), size.format],
      card: doc.querySelector('meta[name="twitter:card"]')?.getAttribute('content'),
    };
  }
  const SITE = ['1200', '630'];

  it.each([
    // Its cover (a photo wider than previews need, which no body shows), not the chart its body shows first.
    [
      '/en/articles/reserve-reports/',
      /^\/_astro\/harbour-cranes\.[\w-]+\.jpg$/,
      ['1200', '675', 'Container cranes along a harbour at dusk'],
      'jpg',
    ],
    // No cover: the first image of the body.
    [
      '/zh/articles/reserve-reports/',
      /^\/_astro\/reserves-2024\.[\w-]+\.png$/,
      ['1200', '675', '柱状图：五个季度里国债在储备中的占比从 35% 升至 90%'],
      'png',
    ],
    // Only figures (MDX): the first one a preview can show, passing over the SVG drawing.
    [
      '/en/articles/custody-flow/',
      /^\/_astro\/reserves-2024\.[\w-]+\.png$/,
      ['1200', '675', 'Bar chart: the share of government bills in the reserve grew from 35% to 90%'],
      'png',
    ],
    [
      '/zh/articles/custody-flow/',
      /^\/_astro\/reserves-2024\.[\w-]+\.png$/,
      ['1200', '675', '柱状图：五个季度里国债在储备中的占比从 35% 升至 90%'],
      'png',
    ],
  ])('%s: its own picture, a PNG or JPEG copy whose real size the tags give', async (url, path, tags, format) => {
    const preview = await previewOf(url);
    expect(preview.image.origin).toMatch(/^https?:\/\/[^/]+$/);
    expect(preview.image.pathname).toMatch(path);
    expect(preview.tags).toEqual(tags);
    expect(preview.file).toEqual([tags[0], tags[1], format]);
    expect(preview.card).toBe('summary_large_image');
  });

  it('shares one copy between the pages that show the same picture', async () => {
    const urls = ['/zh/articles/reserve-reports/', '/en/articles/custody-flow/', '/zh/articles/custody-flow/'];
    const images = await Promise.all(urls.map(async (url) => (await previewOf(url)).image.href));
    expect(new Set(images).size).toBe(1);
  });

  it.each([
    // An article without a picture, and its fallback page in the other language.
    ['/en/articles/plain-text/', "The site's card"],
    ['/zh/articles/plain-text/', '站点卡片'],
    ['/', "The site's card"],
    ['/en/', "The site's card"],
    ['/zh/', '站点卡片'],
    ['/en/topics/', "The site's card"],
    ['/zh/topics/regulation/', '站点卡片'],
    ['/en/archive/', "The site's card"],
    ['/zh/glossary/', '站点卡片'],
    ['/en/search/', "The site's card"],
    ['/404.html', "The site's card"],
  ])("%s: the site's picture", async (url, alt) => {
    const preview = await previewOf(url);
    expect(preview.image.pathname).toBe('/social.png');
    expect(preview.tags).toEqual([...SITE, alt]);
    expect(preview.file).toEqual([...SITE, 'png']);
    expect(preview.card).toBe('summary_large_image');
  });
});

describe('links to media files that are not images', () => {
  const PDF = 'media/reports/reserve attestation 2024.pdf';
  it.each([
    ['/en/articles/reserve-reports/', '/media/reports/reserve%20attestation%202024.pdf#page=1'],
    // Written as a reference ([text][report] with its definition below): the same published copy.
    ['/zh/articles/reserve-reports/', '/media/reports/reserve%20attestation%202024.pdf'],
  ])('%s links to the published copy of the file', async (url, href) => {
    const links = (await page(url)).querySelectorAll('.prose a[href*="attestation"]');
    expect(links.map((a) => a.getAttribute('href'))).toEqual([href]);
  });

  it('publishes the file as it is at /media/, where the links point', async () => {
    const published = join(outDir, PDF);
    expect(existsSync(published)).toBe(true);
    expect(await readFile(published)).toEqual(await readFile(join(FIXTURE, PDF)));
  });
});

describe('pages with images and code stay light', () => {
  it.each(['/en/articles/reserve-reports/', '/zh/articles/custody-flow/'])(
    '%s: no render-blocking script, one stylesheet, no inline style',
    async (url) => {
      const doc = await page(url);
      const scripts = doc.querySelectorAll('script:not([type="application/ld+json"])');
      const external = scripts.filter((s) => s.getAttribute('src'));
      expect(external.length).toBeGreaterThan(0);
      // Module scripts are deferred: none holds up the first paint.
      for (const script of external) expect(script.getAttribute('type'), script.outerHTML).toBe('module');
      // The one inline script is the pre-paint theme script (tests/build/pageWeight.test.ts).
      expect(scripts.filter((s) => !s.getAttribute('src'))).toHaveLength(1);
      expect(doc.querySelectorAll('link[rel="stylesheet"]')).toHaveLength(1);
      expect(doc.querySelectorAll('style')).toHaveLength(0);
    },
  );
});

describe('code blocks', () => {
  it('are highlighted for both themes at build time: light-dark() colours, no theme variables', async () => {
    const doc = await page('/en/articles/reserve-reports/');
    const pres = doc.querySelectorAll('.prose pre');
    expect(pres).toHaveLength(2);
    for (const pre of pres) {
      expect(pre.getAttribute('style')).toMatch(/^background-color:light-dark\(#ffffff, #0d1117\);color:light-dark\(#1f2328, #e6edf3\)/);
      // node-html-parser keeps a <pre>'s content as text: parse it on its own.
      const tokens = parse(pre.innerHTML)
        .querySelectorAll('span')
        .filter((span) => span.hasAttribute('style'));
      expect(tokens.length).toBeGreaterThan(5);
      for (const token of tokens) expect(token.getAttribute('style')).toMatch(/^color:light-dark\(#[0-9A-F]{6}, #[0-9A-F]{6}\)$/i);
    }
    expect(doc.toString()).not.toContain('--shiki-');
  });

  it('send no highlighting code: the only script an article with code adds is the copy button', async () => {
    const scripts = async (url: string) =>
      (await page(url))
        .querySelectorAll('script[src]')
        .map((s) => s.getAttribute('src')!.replace(/\.[\w-]{8}\.js$/, ''))
        .sort();
    const withCode = await scripts('/en/articles/reserve-reports/');
    const without = await scripts('/en/articles/plain-text/');
    expect(withCode.filter((s) => !without.includes(s))).toEqual(['/_astro/CodeCopy']);
    const copy = await readFile(
      join(outDir, (await page('/en/articles/reserve-reports/')).querySelector('script[src*="CodeCopy"]')!.getAttribute('src')!),
      'utf8',
    );
    expect(copy.length).toBeLessThan(1200);
    expect(copy).not.toMatch(/shiki|highlight/i);
  });

  it('the copy button waits in a <template>, in the page language, so nothing shows without JavaScript', async () => {
    for (const [url, label] of [
      ['/en/articles/reserve-reports/', 'Copy'],
      ['/zh/articles/reserve-reports/', '复制'],
    ] as const) {
      const doc = await page(url);
      expect(doc.querySelectorAll('button.code-copy').filter((b) => !b.closest('template'))).toEqual([]);
      expect(visibleText(doc.querySelector('template[data-code-copy] button'))).toBe(label);
    }
    expect((await page('/en/articles/plain-text/')).querySelector('template[data-code-copy]')).toBeNull();
  });
});
