import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { getPriority, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { articleSource } from '../../../src/core/content/contentFiles';
import { readContentFolder } from '../../../src/site/contentFolder';
import { BACKGROUND_PRIORITY, checkInWorker } from '../../../src/site/validation/checkInWorker';
import { checkContent } from '../../../src/site/validation/validateContent';
import { PROJECT_ROOT } from '../../helpers/buildSite';

describe('checkInWorker: the check astro dev runs while its server starts', () => {
  const dirs: string[] = [];
  afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

  it('finds what checkContent finds, errors and warnings, and keeps the body cache', async () => {
    const work = await mkdtemp(join(tmpdir(), 'zhiku-check-worker-'));
    dirs.push(work);
    const dir = join(work, 'content');
    await cp(join(PROJECT_ROOT, 'tests/fixtures/linked-site'), dir, { recursive: true });
    await writeFile(join(dir, 'articles/en/unsafe.md'), '---\ntitle: Unsafe\ndate: 2020-02-01\n---\n\nText <script>alert(1)</script>\n');
    const content = readContentFolder(dir, work);
    const cacheFile = join(work, 'cache/zhiku-validation.json');
    const first = await checkInWorker(cacheFile, PROJECT_ROOT, content);
    expect(first.report).toEqual(checkContent(content));
    expect(first.report.errors.map((e) => `${e.file} ${e.field}`)).toContain('content/articles/en/unsafe.md HTML');
    expect(first.report.warnings.length).toBeGreaterThan(0);
    expect(first.reused).toBe(0);
    const again = await checkInWorker(cacheFile, PROJECT_ROOT, content);
    expect(again.report).toEqual(first.report);
    expect(again.reused).toBe(content.articles.length);
  }, 60_000);

  it('checks each file as the main thread read its YAML, without parsing it again', async () => {
    const work = await mkdtemp(join(tmpdir(), 'zhiku-check-worker-'));
    dirs.push(work);
    const dir = join(work, 'content');
    await cp(join(PROJECT_ROOT, 'tests/fixtures/linked-site'), dir, { recursive: true });
    const content = readContentFolder(dir, work);
    const [first, ...rest] = content.articles;
    // A reading that differs from the text (as a frontmatter cache could hold): the worker must check this one.
    const fields = { ...(first!.frontmatter.data as Record<string, unknown>) };
    delete fields.title;
    const reread = articleSource({ path: first!.path, file: first!.file, text: first!.text }, { data: fields, errors: [] });
    const sent = { ...content, articles: [reread, ...rest] };
    const found = await checkInWorker(join(work, 'cache/zhiku-validation.json'), PROJECT_ROOT, sent);
    expect(found.report).toEqual(checkContent(sent));
    expect(found.report.errors.map((e) => `${e.file} ${e.field}`)).toContain(`${first!.file} title`);
    expect(checkContent(content).errors).not.toContainEqual(expect.objectContaining({ file: first!.file, field: 'title' }));
  }, 60_000);

  it.runIf(process.platform === 'linux')(
    'checks in the background at the lowest priority, leaving the main thread as it was',
    async () => {
      const work = await mkdtemp(join(tmpdir(), 'zhiku-check-worker-'));
      dirs.push(work);
      const dir = join(work, 'content');
      await cp(join(PROJECT_ROOT, 'tests/fixtures/linked-site'), dir, { recursive: true });
      const content = readContentFolder(dir, work);
      const before = getPriority();
      const background = await checkInWorker(join(work, 'cache/a.json'), PROJECT_ROOT, content, true);
      expect(background.priority).toBe(BACKGROUND_PRIORITY);
      expect(background.report).toEqual(checkContent(content));
      expect(getPriority()).toBe(before);
      // A build's check is what it waits for: it keeps the priority it has.
      expect((await checkInWorker(join(work, 'cache/b.json'), PROJECT_ROOT, content)).priority).toBe(before);
    },
    60_000,
  );
});
