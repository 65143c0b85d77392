import type { LoaderContext } from 'astro/loaders';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { readArticleFiles } from '../../src/site/contentFolder';
import { refuseUnsafeBodies } from '../../src/site/refuseUnsafeBodies';
import { recordValidatedFiles, validationStarted } from '../../src/site/validatedFiles';
import { article, writeContentFolder } from '../helpers/contentFolder';

type Stored = { id: string; filePath?: string; rendered?: { html: string; metadata?: Record<string, unknown> } };

/** A dev-server loader context (it has a watcher) over `dir`, whose store keeps what it is given. */
function devContext(dir: string) {
  const entries = new Map<string, Stored>();
  const errors: string[] = [];
  const context = {
    config: { root: pathToFileURL(`${dir}/`) },
    watcher: {},
    logger: { warn: () => {}, error: (message: string) => errors.push(message), info: () => {}, debug: () => {} },
    store: { set: (entry: Stored) => entries.set(entry.id, entry) },
  } as unknown as LoaderContext;
  return { context, entries, errors };
}

const entry = (id: string, html: string): Stored => ({ id, filePath: `articles/${id}.md`, rendered: { html, metadata: {} } });

describe('refuseUnsafeBodies in astro dev', () => {
  afterEach(() => recordValidatedFiles([], []));

  it('stores an unsafe body as its problems at once when no validation is under way', async () => {
    const dir = await writeContentFolder({ 'articles/en/a.md': article('title: A\ndate: 2019-11-18', '<script>alert(1)</script>') });
    const { context, entries, errors } = devContext(dir);
    const guard = refuseUnsafeBodies(context, dir);
    guard.context.store.set(entry('en/a', '<script>alert(1)</script>') as never);
    expect(entries.get('en/a')?.rendered?.html).toContain('This article was not rendered');
    expect(errors.join('\n')).toContain('<script> is not allowed');
  });

  it('while the validator has not reported, stores entries as they are and checks them when the first sync settles', async () => {
    const dir = await writeContentFolder({
      'articles/en/a.md': article('title: A\ndate: 2019-11-18', '<script>alert(1)</script>'),
      'articles/en/b.md': article('title: B\ndate: 2019-11-18', 'Plain text.'),
    });
    validationStarted();
    const { context, entries } = devContext(dir);
    const guard = refuseUnsafeBodies(context, dir);
    guard.context.store.set(entry('en/a', '<p>first render</p>') as never);
    guard.context.store.set(entry('en/a', '<script>alert(1)</script>') as never);
    guard.context.store.set(entry('en/b', '<p>Plain text.</p>') as never);
    expect(entries.get('en/a')?.rendered?.html).toBe('<script>alert(1)</script>');
    guard.settle();
    expect(entries.get('en/a')?.rendered?.html).toContain('This article was not rendered');
    expect(entries.get('en/a')?.rendered?.html).not.toContain('<script>');
    expect(entries.get('en/b')?.rendered?.html).toBe('<p>Plain text.</p>');
    // After the first sync, an edit is checked as it is stored.
    guard.context.store.set(entry('en/a', '<script>alert(2)</script>') as never);
    expect(entries.get('en/a')?.rendered?.html).toContain('This article was not rendered');
  });

  it("takes the validator's word for the very text it read, and checks a file saved since", async () => {
    const dir = await writeContentFolder({ 'articles/en/a.md': article('title: A\ndate: 2019-11-18', '<script>x()</script>') });
    // As if the validator had read this text and found nothing: the loader does not parse it again.
    recordValidatedFiles(readArticleFiles(join(dir, 'articles')), []);
    const { context, entries } = devContext(dir);
    const guard = refuseUnsafeBodies(context, dir);
    guard.context.store.set(entry('en/a', '<script>x()</script>') as never);
    expect(entries.get('en/a')?.rendered?.html).toBe('<script>x()</script>');
    await writeFile(join(dir, 'articles/en/a.md'), article('title: A\ndate: 2019-11-18', '<script>y()</script>'));
    guard.context.store.set(entry('en/a', '<script>y()</script>') as never);
    expect(entries.get('en/a')?.rendered?.html).toContain('This article was not rendered');
  });
});
