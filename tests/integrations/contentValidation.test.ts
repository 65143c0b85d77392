import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { readContentFolder } from '../../src/site/contentFolder';
import { pendingValidation } from '../../src/site/validationReport';
import { PROJECT_ROOT } from '../helpers/buildSite';

type Hooks = AstroIntegration['hooks'];
type SetupParams = Parameters<NonNullable<Hooks['astro:config:setup']>>[0];
type BuildStartParams = Parameters<NonNullable<Hooks['astro:build:start']>>[0];

/** A logger that keeps every line, by level. */
function recordingLogger() {
  const lines: string[] = [];
  const at = (level: string) => (message: string) => void lines.push(`${level} ${message}`);
  const logger = { info: at('info'), warn: at('warn'), error: at('error'), debug: at('debug') } as unknown as AstroIntegrationLogger;
  return { logger, lines };
}

describe('contentValidation in `astro build`: checked in a worker while the content syncs', () => {
  const dirs: string[] = [];
  afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));
  afterEach(() => {
    delete (globalThis as Record<symbol, unknown>)[Symbol.for('zhiku.validationReport')];
    vi.doUnmock('../../src/site/validation/checkInWorker');
    vi.resetModules();
  });

  /** The linked-site fixture in a folder of its own, with more article files (path in articles/ => text). */
  async function site(files: Record<string, string> = {}) {
    const work = await mkdtemp(join(tmpdir(), 'zhiku-validation-hook-'));
    dirs.push(work);
    const dir = join(work, 'content');
    await cp(join(PROJECT_ROOT, 'tests/fixtures/linked-site'), dir, { recursive: true });
    for (const [file, text] of Object.entries(files)) await writeFile(join(dir, 'articles', file), text);
    return { work, content: readContentFolder(dir, work), cacheFile: join(work, 'cache/zhiku-validation.json') };
  }

  /** Runs the integration's hooks as `astro build` does: config setup (which returns at once), then build start. */
  async function build(integration: AstroIntegration, work: string) {
    const { logger, lines } = recordingLogger();
    const config = { cacheDir: pathToFileURL(join(work, 'cache/')), root: pathToFileURL(`${PROJECT_ROOT}/`) };
    await integration.hooks['astro:config:setup']!({ command: 'build', config, logger } as unknown as SetupParams);
    const afterSetup = [...lines];
    const started = integration.hooks['astro:build:start']!({ logger } as unknown as BuildStartParams);
    const error = await Promise.resolve(started).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    return { error, lines, afterSetup };
  }

  const broken = {
    'en/broken.md': '---\ndate: 2020-01-01\ntopics: [regulation]\n---\n\nSee [[no-such-article]].\n',
  };

  it('starts the check in a worker, returns from config setup before the report, and stops the build at its start with the full report', async () => {
    const { default: contentValidation } = await import('../../src/integrations/contentValidation');
    const { work, content, cacheFile } = await site(broken);
    const { error, lines, afterSetup } = await build(contentValidation(content), work);
    // Config setup did not wait for the check: the sync would have started then.
    expect(afterSetup).toEqual([`info Checking ${content.articles.length} articles in a worker thread while the content syncs`]);
    expect(pendingValidation()).toBeInstanceOf(Promise);
    expect(lines.join('\n')).toMatch(
      /info Checked \d+ articles in [\d.]+s \(0 unchanged bodies taken from the cache\), in a worker thread/,
    );
    expect(error?.name).toBe('ContentValidationError');
    expect(error?.message).toContain('Content validation found 2 problems:');
    expect(error?.message).toContain('content/articles/en/broken.md:1  [title] is missing');
    expect(error?.message).toContain('content/articles/en/broken.md:6  [link] broken link "[[no-such-article]]"');
    expect(error?.message).toMatch(/\nFix the content above and build again \(`npm run check` runs the same checks without building\)\.$/);
    // The worker kept the body cache, as the check on the main thread did.
    expect(existsSync(cacheFile)).toBe(true);
  }, 60_000);

  it('a clean folder passes, and the next build takes every body from the cache the worker wrote', async () => {
    const { default: contentValidation } = await import('../../src/integrations/contentValidation');
    const { work, content } = await site();
    const first = await build(contentValidation(content), work);
    expect(first.error).toBeUndefined();
    expect(await pendingValidation()).toBeUndefined();
    const again = await build(contentValidation(content), work);
    expect(again.error).toBeUndefined();
    expect(again.lines.join('\n')).toContain(`(${content.articles.length} unchanged bodies taken from the cache), in a worker thread`);
  }, 60_000);

  it('checks on the main thread when the worker cannot start, with the same report', async () => {
    vi.doMock('../../src/site/validation/checkInWorker', () => ({
      checkInWorker: () => {
        throw new Error('no worker here');
      },
    }));
    const { default: contentValidation } = await import('../../src/integrations/contentValidation');
    const { work, content, cacheFile } = await site(broken);
    const { error, lines } = await build(contentValidation(content), work);
    expect(lines).toContain('warn Checking the content in a worker failed (Error: no worker here): checking it here.');
    expect(lines.join('\n')).toMatch(
      /info Checked \d+ articles in [\d.]+s \(0 unchanged bodies taken from the cache\), on the main thread/,
    );
    expect(error?.name).toBe('ContentValidationError');
    expect(error?.message).toContain('content/articles/en/broken.md:6  [link] broken link "[[no-such-article]]"');
    expect(existsSync(cacheFile)).toBe(true);
  }, 60_000);
});
