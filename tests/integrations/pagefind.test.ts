/**
 * The search integration's hooks, called as Astro calls them, over a small built site indexed by the real
 * Pagefind CLI: a language that was not indexed while pages rendered (its pages copied from the cache, or
 * several rendered at a time) begins at astro:build:generated, so that its runs go on while Astro finishes
 * and the integrations before it run their astro:build:done.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import pagefindIntegration from '../../src/integrations/pagefind';

const page = (lang: string, text: string) =>
  `<!doctype html><html lang="${lang}"><head><title>${text}</title></head><body><main data-pagefind-body><h1>${text}</h1><p>${text}</p></main></body></html>`;

/** Calls one of the integration's hooks with what Astro would hand it here. */
type Hook = (options: Record<string, unknown>) => unknown;
const hook = (integration: AstroIntegration, name: keyof AstroIntegration['hooks']) => integration.hooks[name] as Hook;

/** Resolves once `test` holds, checked every 20 ms, or rejects after `ms`. */
async function until(test: () => boolean, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!test()) {
    if (Date.now() > end) throw new Error(`not so after ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('the search integration', () => {
  let work: string;
  let site: string;

  beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), 'zhiku-pagefind-hooks-'));
    site = join(work, 'dist');
    for (const [lang, text] of [
      ['en', 'Stablecoin reserves'],
      ['zh', '稳定币储备'],
    ] as const) {
      mkdirSync(join(site, lang, 'articles', 'a'), { recursive: true });
      writeFileSync(join(site, lang, 'articles', 'a', 'index.html'), page(lang, text));
    }
  });
  afterEach(() => rmSync(work, { recursive: true, force: true }));

  it('begins indexing every language at astro:build:generated, and astro:build:done publishes what it made', async () => {
    const integration = pagefindIntegration();
    const lines: string[] = [];
    const logger = { info: (line: string) => lines.push(line), warn: (line: string) => lines.push(line) };
    await hook(
      integration,
      'astro:config:done',
    )({ config: { cacheDir: pathToFileURL(`${join(work, 'cache')}/`), build: { concurrency: 2 }, base: '/' } });
    await hook(integration, 'astro:build:start')({ setPrerenderer: () => undefined });
    const dir = pathToFileURL(`${site}/`);
    await hook(integration, 'astro:build:generated')({ dir });
    // Both bundles are made and put in the site before astro:build:done is called.
    const entry = (lang: string) => join(site, 'pagefind', lang, 'pagefind-entry.json');
    await until(() => existsSync(entry('en')) && existsSync(entry('zh')), 50_000);
    expect(existsSync(join(site, 'pagefind', 'bundles.json'))).toBe(false);
    await hook(integration, 'astro:build:done')({ dir, logger });
    expect(JSON.parse(readFileSync(join(site, 'pagefind', 'bundles.json'), 'utf8'))).toEqual({
      en: ['/pagefind/en/'],
      zh: ['/pagefind/zh/'],
    });
    // Each bundle made keeps its pages beside its cache entry, for the deltas of later builds to read.
    for (const lang of ['en', 'zh']) {
      const folder = join(work, 'cache', 'pagefind', lang);
      const memo = readdirSync(folder).find((name) => name.endsWith('.fragments-1.json'));
      expect(memo, `a memo in ${folder}`).toBeDefined();
      const pages = JSON.parse(readFileSync(join(folder, memo!), 'utf8')) as { id: string; url: string }[];
      expect(pages.map((page) => page.url)).toEqual([`/${lang}/articles/a/`]);
      expect(readdirSync(join(site, 'pagefind', lang, 'fragment'))).toEqual([`${pages[0]!.id}.pf_fragment`]);
    }
    // Not while pages rendered: no page went through the prerenderer.
    expect(lines.join('\n')).toMatch(
      /Indexed 2 pages into pagefind\/ in [\d.]+s \(2 search bundles, 0 unchanged and copied from the cache\)$/m,
    );
  });
});
