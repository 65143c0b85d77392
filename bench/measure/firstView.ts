import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

export interface FirstView {
  url: string;
  /** gzip-compressed bytes (level 6, what static hosts commonly use) of every response, by type. */
  gzip: { html: number; css: number; js: number; other: number; total: number };
  /** The same responses uncompressed. */
  raw: { html: number; css: number; js: number; other: number; total: number };
  requests: { url: string; type: string; raw: number; gzip: number }[];
  /** External scripts that block parsing: `<script src>` without async, defer or type=module. */
  renderBlockingScripts: string[];
  /** Bytes of inline classic scripts in <head> (they run before first paint; counted in HTML). */
  inlineHeadScriptBytes: number;
}

const TYPE: Record<string, keyof FirstView['gzip']> = { document: 'html', stylesheet: 'css', script: 'js' };

/**
 * Loads a page in a fresh browser context (empty cache) and sums what it fetches
 * until the network is idle, by type, raw and gzip-compressed.
 */
export async function firstView(browser: Browser, url: string): Promise<FirstView> {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  const pending: Promise<FirstView['requests'][number] | undefined>[] = [];
  page.on('response', (response) => {
    pending.push(
      response
        .body()
        .then((body) => ({
          url: response.url(),
          type: response.request().resourceType(),
          raw: body.length,
          gzip: gzipSync(body, { level: 6 }).length,
        }))
        .catch(() => undefined),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  const blocking = await page.evaluate(() => ({
    scripts: [...document.querySelectorAll<HTMLScriptElement>('script[src]')]
      .filter((s) => !s.async && !s.defer && s.type !== 'module')
      .map((s) => s.src),
    inline: [...document.querySelectorAll<HTMLScriptElement>('head script:not([src])')]
      .filter((s) => s.type !== 'module' && s.type !== 'application/ld+json')
      .reduce((sum, s) => sum + new TextEncoder().encode(s.textContent ?? '').length, 0),
  }));
  const requests = (await Promise.all(pending)).filter((r): r is FirstView['requests'][number] => Boolean(r));
  await ctx.close();
  const zero = () => ({ html: 0, css: 0, js: 0, other: 0, total: 0 });
  const gzip = zero();
  const raw = zero();
  for (const r of requests) {
    const type = TYPE[r.type] ?? 'other';
    gzip[type] += r.gzip;
    raw[type] += r.raw;
    gzip.total += r.gzip;
    raw.total += r.raw;
  }
  return { url, gzip, raw, requests, renderBlockingScripts: blocking.scripts, inlineHeadScriptBytes: blocking.inline };
}
