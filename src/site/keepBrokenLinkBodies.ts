import type { LoaderContext } from 'astro/loaders';

/** A body as Astro's Markdown renderer returns it, as far as it is used here. */
export interface RenderedBody {
  html: string;
  metadata?: Record<string, unknown>;
}

/** What the glob loader hands a content type's render function. */
export interface RenderInput {
  id: string;
  data: Record<string, unknown>;
  body?: string;
  filePath?: string;
  digest?: number | string;
}

export type RenderBody = (entry: RenderInput) => Promise<RenderedBody | undefined>;

/** A content entry type as the glob loader reads it from its context (Astro passes `entryTypes` without typing it). */
export interface EntryType {
  getRenderFunction?: (config: LoaderContext['config']) => Promise<RenderBody>;
}

/**
 * In `astro dev`, stores an article whose links are broken without its HTML
 * instead of keeping its previous version. Since Astro 7.4 the glob loader
 * stops at an entry whose render throws (withastro/astro#18064: a build must
 * fail), and in `astro dev` that leaves the store with the entry as it was
 * before the edit, so the page goes on showing it. Here a render that throws
 * the renderer's BrokenLinksError (markdown/brokenLinks.ts) gives no HTML, as
 * before 7.4: the page then reads the body itself (site/entryBodyFacts.ts) and
 * fails with the same error, which Astro's error overlay shows at the link.
 * Other errors, and every error of a build, stop the loader as Astro has it.
 */
export function keepBrokenLinkBodies(context: LoaderContext): LoaderContext {
  const { watcher, logger } = context;
  const entryTypes = (context as { entryTypes?: Map<string, EntryType> }).entryTypes;
  if (!watcher || !(entryTypes instanceof Map)) return context;
  const wrapped = new Map<string, EntryType>();
  for (const [ext, type] of entryTypes) {
    const { getRenderFunction } = type;
    wrapped.set(
      ext,
      !getRenderFunction
        ? type
        : {
            ...type,
            getRenderFunction: async (config) => {
              const render = await getRenderFunction.call(type, config);
              return async (entry) => {
                try {
                  return await render(entry);
                } catch (error) {
                  // By name: the renderer's modules may be loaded apart from this one.
                  if ((error as Error | undefined)?.name !== 'BrokenLinksError') throw error;
                  logger.error(`${(error as Error).message}\nThe page shows the error until the links are fixed.`);
                  return undefined;
                }
              };
            },
          },
    );
  }
  return { ...context, entryTypes: wrapped } as LoaderContext;
}
