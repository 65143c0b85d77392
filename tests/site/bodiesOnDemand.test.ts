import type { LoaderContext } from 'astro/loaders';
import { writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderedEntry, renderOnDemand, type OnDemandEntry } from '../../src/site/bodiesOnDemand';
import { article, writeContentFolder } from '../helpers/contentFolder';

interface RenderInput {
  id: string;
  body?: string;
  filePath?: string;
}

/**
 * A loader context of `astro dev` (it has a watcher) over `dir`, whose Markdown type renders a body
 * as `<p>{body}</p>` and counts its calls, or throws for a body that says `throw`.
 */
function devContext(dir: string, { watcher }: { watcher?: object } = { watcher: {} }) {
  const calls: RenderInput[] = [];
  const errors: string[] = [];
  const render = async (entry: RenderInput) => {
    calls.push(entry);
    if (entry.body?.includes('throw')) throw Object.assign(new Error('broken link'), { name: 'BrokenLinksError' });
    return { html: `<p>${entry.body}</p>`, metadata: { rendered: true } };
  };
  const markdown = { getRenderFunction: async () => render };
  const context = {
    config: { root: pathToFileURL(`${dir}/`) },
    watcher,
    logger: { warn: () => {}, error: (message: string) => errors.push(message), info: () => {}, debug: () => {} },
    entryTypes: new Map<string, unknown>([
      ['.md', markdown],
      ['.mdx', { contentModuleTypes: '' }],
    ]),
  } as unknown as LoaderContext;
  return { context, calls, errors };
}

/** What the glob loader would get from the context's Markdown type for a body. */
async function storeRender(context: LoaderContext, body: string) {
  const type = (
    context as unknown as { entryTypes: Map<string, { getRenderFunction: () => Promise<(e: RenderInput) => unknown> }> }
  ).entryTypes.get('.md')!;
  return (await type.getRenderFunction())({ id: 'en/a', body });
}

/** The loader of a project whose root holds `dir` as its content folder, and the entry of its article `en/a.md`. */
function project(dir: string) {
  const root = dirname(dir);
  const { context, calls, errors } = devContext(root);
  renderOnDemand(context, dir);
  return { calls, errors, entry: { ...entryOf('a', '1'), filePath: `${basename(dir)}/articles/en/a.md` } };
}

const entryOf = (name: string, digest: string): OnDemandEntry => ({
  id: `en/${name}`,
  data: {},
  filePath: `content/articles/en/${name}.md`,
  digest,
});

describe('Markdown bodies rendered when their pages are served (astro dev)', () => {
  it('leaves out of the store a body without images, and renders one that may show an image', async () => {
    const dir = await writeContentFolder({});
    const { context, calls } = devContext(dir);
    const deferring = renderOnDemand(context, join(dir, 'content'));
    expect(await storeRender(deferring, 'Plain words.')).toBeUndefined();
    expect(await storeRender(deferring, 'A chart: ![Chart](../../media/c.png)')).toMatchObject({ html: expect.stringContaining('Chart') });
    expect(calls).toHaveLength(1);
  });

  it('changes nothing in a build (no watcher)', async () => {
    const dir = await writeContentFolder({});
    const { context } = devContext(dir, {});
    expect(renderOnDemand(context, join(dir, 'content'))).toBe(context);
  });

  it('renders a body on its page once per digest, again when the digest changes', async () => {
    const dir = await writeContentFolder({ 'articles/en/a.md': article('title: A\ndate: 2019-11-18', 'First words.') });
    const { calls, entry } = project(dir);
    expect((await renderedEntry(entry)).rendered?.html).toBe('<p>First words.</p>');
    expect((await renderedEntry(entry)).rendered?.html).toBe('<p>First words.</p>');
    expect(calls).toHaveLength(1);
    // The file changed: the store gives the entry a new digest, and the page renders it again.
    await writeFile(join(dir, 'articles/en/a.md'), article('title: A\ndate: 2019-11-18', 'Second words.'));
    expect((await renderedEntry({ ...entry, digest: '2' })).rendered?.html).toBe('<p>Second words.</p>');
    expect(calls).toHaveLength(2);
  });

  it('shows the problems of a file that breaks the content contract instead of its body', async () => {
    const dir = await writeContentFolder({ 'articles/en/a.md': article('title: A\ndate: 2019-11-18', '<script>alert(1)</script>') });
    const { calls, errors, entry } = project(dir);
    const html = (await renderedEntry(entry)).rendered?.html ?? '';
    expect(html).toContain('This article was not rendered');
    expect(html).not.toContain('<script>');
    expect(errors.join('\n')).toContain('<script> is not allowed');
    expect(calls).toHaveLength(0);
  });

  it('does not keep a render that threw: the next request renders again', async () => {
    const dir = await writeContentFolder({ 'articles/en/a.md': article('title: A\ndate: 2019-11-18', 'This will throw.') });
    const { calls, entry } = project(dir);
    await expect(renderedEntry(entry)).rejects.toThrow('broken link');
    await expect(renderedEntry(entry)).rejects.toThrow('broken link');
    expect(calls).toHaveLength(2);
  });

  it('returns an entry the store rendered, and an MDX entry, as they are', async () => {
    const rendered = { ...entryOf('a', '1'), rendered: { html: '<p>kept</p>' } };
    expect(await renderedEntry(rendered)).toBe(rendered);
    const mdx = { ...entryOf('b', '1'), filePath: 'content/articles/en/b.mdx' };
    expect(await renderedEntry(mdx)).toBe(mdx);
  });
});
