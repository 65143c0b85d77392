import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { slug as githubSlug } from 'github-slugger';
import { realpathSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { linkDependencyStamp } from '../core/links/linkDependencies';
import { DEFAULT_LOCALE } from '../core/language/locales';
import { mediaDependencyStamp } from '../core/content/mediaDependencies';
import { articleSetOf } from '../core/links/resolveArticleLink';
import { articlePicture, type PictureEntry } from './articlePicture';
import { followArticleFiles } from './followArticleFiles';
import { keepBrokenLinkBodies } from './keepBrokenLinkBodies';
import { mediaStamps } from './mediaStamps';
import { refuseUnsafeBodies } from './refuseUnsafeBodies';
import { siteArticleLinks } from './siteArticleLinks';

/**
 * Where the loader's files sit inside `articles/`, for resolving the relative paths of their
 * images: its pattern takes `<lang>/<file>` only, so every file resolves them alike.
 */
const ANY_ARTICLE_PATH = `${DEFAULT_LOCALE}/article.md`;

type StoredEntry = Parameters<LoaderContext['store']['set']>[0];

/**
 * An entry as the content store is to keep it, with its link-preview picture (its cover, else its
 * first figure: site/articlePicture.ts) among the images Astro imports for it (`assetImports`, which
 * become the module `astro:asset-imports`), so that its page can make the preview copy
 * (site/previewImage.ts). A Markdown body's images are there already; a cover and an MDX body's
 * figures are not. That module is content data, which Astro leaves out of every page's
 * incremental-build hash: an image added or replaced renders again only the pages whose keys change.
 */
function withPreviewImport(entry: StoredEntry, contentDir: string): StoredEntry {
  if (!entry.filePath) return entry;
  let picture: ReturnType<typeof articlePicture>;
  try {
    picture = articlePicture({ ...entry, data: entry.data as PictureEntry['data'] }, contentDir);
  } catch {
    // A body that cannot be read for its facts (in `astro dev`, one saved with a broken link:
    // keepBrokenLinkBodies) is stored as it is, and its page shows the error.
    return entry;
  }
  if (!picture || entry.assetImports?.includes(picture.src)) return entry;
  return { ...entry, assetImports: [...(entry.assetImports ?? []), picture.src] };
}

/**
 * An article's id in the content store, from its path alone: what Astro's glob loader
 * makes of the path, without the frontmatter `slug:` it would otherwise take instead, so
 * no file can claim another's URL (`slug: en/other`, `slug: ../../x`) even where the
 * validator, which rejects the key, did not run.
 * @example articleEntryId({ entry: 'en/fed-stablecoin.md', data: { slug: 'en/other' } }) => 'en/fed-stablecoin'
 */
export function articleEntryId({ entry }: { entry: string }): string {
  const segments = entry.replace(/\.[^./]*$/, '').split('/');
  return segments
    .map((segment) => githubSlug(segment))
    .join('/')
    .replace(/\/index$/, '');
}

/**
 * Refuses a file that is reached through a symbolic link (the file, or a folder on
 * its way inside `articles/`): the glob loader follows links, and one could publish
 * any file the build can read. The validator reports every link first.
 */
function refuseLinked(articlesDir: string, filePath: string | undefined): void {
  if (!filePath) return;
  const real = realpathSync(filePath);
  if (real !== join(realpathSync(articlesDir), relative(resolve(articlesDir), resolve(filePath))))
    throw new Error(`${filePath} is a symbolic link (to ${real}): the site reads only files stored in the content folder.`);
}

/**
 * The articles collection's loader: Astro's glob loader over
 * `<content>/articles/<lang>/<slug>.{md,mdx}`, with one change. The content
 * store keeps each body's rendered HTML from one build to the next and renders
 * a body again only when its digest changes, and Astro's digest is that of
 * the file alone. A body's HTML also shows other articles (a wikilink without
 * text shows the target's title; a link to a missing language falls back), so
 * here each file's digest also covers the articles it links to
 * (linkDependencyStamp): retitling one article renders again just the bodies
 * that link to it, and the page cache keys, which carry the digest, follow.
 * It also covers the files of `media/` the body shows (mediaDependencyStamp):
 * replacing an image renders again the bodies and pages that show it, which
 * would otherwise keep pointing at the optimised copies of the old file.
 * In `astro dev` the same digests let a change to one file render again the
 * bodies that link to it (followArticleFiles), a body saved with unsafe HTML
 * is stored as its problems instead (refuseUnsafeBodies), and one saved with a
 * broken link without its HTML, so that its page shows the error (keepBrokenLinkBodies).
 * Each entry's link-preview picture is among the images Astro imports for it (withPreviewImport).
 */
export function articleLoader(contentDir: string): Loader {
  const articlesDir = `${contentDir}/articles`;
  const inner = glob({ pattern: '*/*.{md,mdx}', base: articlesDir, retainBody: false, generateId: articleEntryId });
  // The same article list the Markdown renderer resolves links against (read once per folder, again in `astro dev`).
  const known = () => articleSetOf(siteArticleLinks(contentDir).articles);
  const load = (context: LoaderContext) => {
    // Read afresh on each load: in `astro dev` an image may have changed since the last one.
    const mediaStamp = mediaStamps(contentDir);
    const { store } = context;
    return inner.load({
      ...context,
      store: { ...store, set: (entry) => store.set(withPreviewImport(entry, contentDir)) },
      parseData: (props) => {
        refuseLinked(articlesDir, props.filePath);
        return context.parseData(props);
      },
      generateDigest: (data) => {
        if (typeof data !== 'string') return context.generateDigest(data);
        const stamps = [linkDependencyStamp(data, known()), mediaDependencyStamp(data, ANY_ARTICLE_PATH, mediaStamp)];
        return context.generateDigest(stamps.some(Boolean) ? `${data}\n\0${stamps.join('\0')}` : data);
      },
    });
  };
  return {
    name: 'zhiku:articles',
    load: async (context: LoaderContext) => {
      // Before the glob loader adds its own listeners, which then run after these. A resync does not watch again.
      // In `astro dev`, a body saved with unsafe HTML is stored as its problems (refuseUnsafeBodies); the resync keeps that guard.
      const guarded = refuseUnsafeBodies(keepBrokenLinkBodies(context), contentDir);
      const followed = followArticleFiles(guarded.context, contentDir, () => load({ ...followed, watcher: undefined }));
      try {
        await load(followed);
      } finally {
        guarded.settle();
      }
    },
  };
}
