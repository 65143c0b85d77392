import type { LoaderContext } from 'astro/loaders';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mayShowImages } from '../markdown/articleImages';
import { entryBody } from './entryBody';
import type { EntryType, RenderBody, RenderedBody } from './keepBrokenLinkBodies';
import { contractRefusal } from './refuseUnsafeBodies';
import { processShared } from './processShared';

/** An entry of the articles collection as a page holds it, as far as rendering goes. */
export interface OnDemandEntry {
  id: string;
  data: object;
  filePath?: string;
  digest?: number | string;
  rendered?: RenderedBody;
}

/** The renderer of one dev server's loader, with the bodies it rendered by file and digest. */
interface Renderer {
  render: Promise<RenderBody>;
  root: string;
  articlesDir: string;
  log: (message: string) => void;
  /** The last body rendered of each file, with the digest it was rendered at. */
  bodies: Map<string, { digest: OnDemandEntry['digest']; body: Promise<RenderedBody | undefined> }>;
}

// Shared by the module graphs of the process: the loader sets it, the pages read it.
const shared = processShared<{ renderer?: Renderer }>('zhiku.bodiesOnDemand', () => ({}));

/**
 * In `astro dev`, leaves a Markdown body out of the content store's rendering: the store takes
 * the entry without its HTML, and its page renders it when it is served (renderedEntry). At
 * 10,000 articles, rendering every body before the server answers was most of the wait for the
 * first page; now the first sync reads frontmatter only. A body that may show an image
 * (mayShowImages) is rendered in the store as before, since the images Astro optimises for an
 * entry are those its rendering lists. A build renders every body, as without this.
 */
export function renderOnDemand(context: LoaderContext, contentDir: string): LoaderContext {
  const entryTypes = (context as { entryTypes?: Map<string, EntryType> }).entryTypes;
  const markdown = entryTypes?.get('.md');
  if (!context.watcher || !markdown?.getRenderFunction) return context;
  const { getRenderFunction } = markdown;
  // A fresh cache for each loader: a restarted server may render with changed code.
  const renderer: Renderer = {
    render: getRenderFunction.call(markdown, context.config),
    root: fileURLToPath(context.config.root),
    articlesDir: resolve(contentDir, 'articles'),
    log: (message) => context.logger.error(message),
    bodies: new Map(),
  };
  shared.renderer = renderer;
  const deferring: EntryType = {
    ...markdown,
    getRenderFunction: async () => {
      const render = await renderer.render;
      return async (entry) => (mayShowImages(entry.body ?? '') ? render(entry) : undefined);
    },
  };
  return { ...context, entryTypes: new Map([...entryTypes!, ['.md', deferring]]) } as LoaderContext;
}

/** Renders one body as the store would have: refused if its file breaks the content contract. */
async function renderBody(renderer: Renderer, entry: OnDemandEntry & { filePath: string }): Promise<RenderedBody | undefined> {
  const file = resolve(renderer.root, entry.filePath);
  const refusal = contractRefusal(file, renderer.articlesDir, renderer.log);
  if (refusal !== undefined) return { html: refusal, metadata: { imagePaths: [] } };
  const render = await renderer.render;
  return render({
    id: entry.id,
    data: entry.data as Record<string, unknown>,
    body: entryBody({ ...entry, filePath: file }),
    filePath: file,
    digest: entry.digest,
  });
}

/**
 * The entry with its body rendered: as it is when the store holds its HTML; else, in `astro dev`,
 * rendered now (renderOnDemand) and kept by file and digest. The digest covers the file and what
 * its HTML shows of other articles and of media/ (site/articleLoader.ts), so an edit to either
 * renders it again. A render that throws (a broken link) is not kept: the page shows the error.
 */
export async function renderedEntry<E extends OnDemandEntry>(entry: E): Promise<E> {
  const { renderer } = shared;
  if (entry.rendered || !renderer || !entry.filePath?.endsWith('.md')) return entry;
  const { filePath, digest } = entry;
  const kept = renderer.bodies.get(filePath);
  let body = kept?.body;
  if (!body || kept?.digest !== digest || digest === undefined) {
    const made = (body = renderBody(renderer, { ...entry, filePath }));
    renderer.bodies.set(filePath, { digest, body: made });
    made.catch(() => {
      if (renderer.bodies.get(filePath)?.body === made) renderer.bodies.delete(filePath);
    });
  }
  const rendered = await body;
  return rendered ? { ...entry, rendered } : entry;
}
