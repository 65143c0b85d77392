import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readContentFolder } from '../../../src/site/contentFolder';
import { checkInWorker } from '../../../src/site/validation/checkInWorker';
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
});
