import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { slug as githubSlug } from 'github-slugger';
import { promises as fsPromises, realpathSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fileStamp, unchangedSinceRecorded } from '../core/build/cacheRecord';
import { linkDependencyStamp } from '../core/links/linkDependencies';
import { DEFAULT_LOCALE } from '../core/language/locales';
import { mediaDependencyStamp } from '../core/content/mediaDependencies';
import { astroEntryInfo } from '../core/content/astroEntryInfo';
import type { ArticleSource, ContentFile } from '../core/content/contentFiles';
import { articleAt } from './currentContent';
import { articlePicture, type PictureEntry } from './articlePicture';
import { followArticleFiles } from './followArticleFiles';
import { keepBrokenLinkBodies } from './keepBrokenLinkBodies';
import { entryBody } from './entryBody';
import { mayShowImages } from '../markdown/articleImages';
import { mediaStamps } from './mediaStamps';
import { refuseUnsafeBodies } from './refuseUnsafeBodies';
import { renderOnDemand } from './bodiesOnDemand';
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
function withPreviewImport(entry: StoredEntry, contentDir: string, root: string): StoredEntry {
  if (!entry.filePath) return entry;
  // A body not rendered here (MDX; Markdown in `astro dev`: site/bodiesOnDemand.ts) is parsed for its first figure only when it may show one.
  if (
    !entry.rendered &&
    !(entry.data as PictureEntry['data']).cover &&
    !mayShowImages(entry.body ?? entryBody({ ...entry, filePath: resolve(root, entry.filePath) }))
  )
    return entry;
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
function refuseLinked(articlesDir: string, realArticlesDir: string, filePath: string | undefined): void {
  if (!filePath) return;
  // The system's realpath: one call, where Node's own walks the path a folder at a time (at 10,000 articles, 1.3 s of lstat).
  const real = realpathSync.native(filePath);
  if (real !== join(realArticlesDir, relative(resolve(articlesDir), resolve(filePath))))
    throw new Error(`${filePath} is a symbolic link (to ${real}): the site reads only files stored in the content folder.`);
}

/**
 * Runs `load` with Astro's glob loader reading the article files from the site's reading of the content
 * folder (`textOf`, the text of each valid UTF-8 file it holds) instead of from disk again: the loader
 * reads each file with `fs.promises.readFile(url, 'utf-8')`, which is answered here for those files
 * while `load` runs. At 10,000 articles the second reading took 1.2 s of the main thread in a clean
 * build's content sync (opening, reading and closing 10,000 files through promises), and it could
 * see a file saved after the validator checked it: a Markdown article is now stored as checked (an
 * MDX body is still compiled from its file when its page renders). `astro dev` takes a file's text
 * from the reading only while the file still looks as it did when read (stillAsRead), in a full load
 * (the first, or one after a config change); the loader's own watcher reads each later change itself.
 * For the one articles collection (nested runs would restore each other's stand-ins out of order).
 */
async function readingFromSite<T>(textOf: (file: string) => string | undefined, load: () => Promise<T>): Promise<T> {
  const diskRead = fsPromises.readFile;
  const fromSite = ((path: unknown, options: unknown) => {
    if (path instanceof URL && path.protocol === 'file:' && options === 'utf-8') {
      let text: string | undefined;
      try {
        text = textOf(fileURLToPath(path));
      } catch {
        // A file that cannot even be looked at is left to the disk read, whose failure the loader reports for that file.
      }
      if (text !== undefined) return Promise.resolve(text);
    }
    return (diskRead as (path: unknown, options: unknown) => Promise<string | Buffer>)(path, options);
  }) as typeof diskRead;
  fsPromises.readFile = fromSite;
  try {
    return await load();
  } finally {
    if (fsPromises.readFile === fromSite) fsPromises.readFile = diskRead;
  }
}

/** Whether a file on disk still has the size and stamp it had when it was read (ContentFile `look`). */
function stillAsRead(file: string, look: ContentFile['look']): boolean {
  const now = look && statSync(file, { throwIfNoEntry: false });
  return Boolean(now && unchangedSinceRecorded(look, now.size, fileStamp(now)));
}

/** The entry types Astro hands each loader beside its public context (astro/dist/content/content-layer.js), as far as they are used here. */
type EntryTypes = Map<string, { getEntryInfo(params: { contents: string; fileUrl: URL }): unknown }>;

/**
 * The content entry types (Markdown, MDX) with two shortcuts. For a file that
 * `unchanged(contents, fileUrl)` says the store holds as it is (same file, same
 * digest), the frontmatter is not parsed: the glob loader parses every file's
 * frontmatter before it compares digests, though it then uses the result only
 * to name the entry, which articleEntryId does from the path alone, and skips
 * an entry whose digest it finds unchanged. For any other file whose text is
 * the one the site has already read (`read(fileUrl)`, the shared reading of the
 * content folder), what Astro would read is made from that reading
 * (core/content/astroEntryInfo.ts) instead of parsing the YAML again: at 10,000
 * articles, 2 s of a cold `astro dev` start and of a clean build. Every other
 * file is parsed by Astro as before.
 */
function withoutSecondParse(
  entryTypes: EntryTypes,
  unchanged: (contents: string, fileUrl: URL) => boolean,
  read: (fileUrl: URL) => ArticleSource | undefined,
): EntryTypes {
  return new Map(
    [...entryTypes].map(([extension, type]) => [
      extension,
      {
        ...type,
        getEntryInfo: (params: { contents: string; fileUrl: URL }) => {
          if (unchanged(params.contents, params.fileUrl)) return { data: {}, body: '', slug: '', rawData: '' };
          const source = read(params.fileUrl);
          return (source?.text === params.contents && astroEntryInfo(source.text, source.frontmatter)) || type.getEntryInfo(params);
        },
      },
    ]),
  );
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
 * In `astro dev` a Markdown body without images is rendered when its page is
 * served, kept by the same digest (renderOnDemand, site/bodiesOnDemand.ts); the
 * digests let a change to one file render again the
 * bodies that link to it (followArticleFiles), a body saved with unsafe HTML
 * is stored as its problems instead (refuseUnsafeBodies), and one saved with a
 * broken link without its HTML, so that its page shows the error (keepBrokenLinkBodies).
 * Each entry's link-preview picture is among the images Astro imports for it (withPreviewImport).
 */
export function articleLoader(contentDir: string): Loader {
  const articlesDir = `${contentDir}/articles`;
  // The glob loader hands each body to `store.set` below, which looks at it and stores the entry without it (the store keeps no bodies).
  const inner = glob({ pattern: '*/*.{md,mdx}', base: articlesDir, generateId: articleEntryId });
  // The same article list the Markdown renderer resolves links against (read once per folder, again in `astro dev`).
  const known = () => siteArticleLinks(contentDir).articleSet;
  const load = (context: LoaderContext) => {
    // Read afresh on each load: in `astro dev` an image may have changed since the last one.
    const mediaStamp = mediaStamps(contentDir);
    const { store } = context;
    const digestOf = (text: string) => {
      const stamps = [linkDependencyStamp(text, known()), mediaDependencyStamp(text, ANY_ARTICLE_PATH, mediaStamp)];
      return context.generateDigest(stamps.some(Boolean) ? `${text}\n\0${stamps.join('\0')}` : text);
    };
    // Digests worked out by withoutSecondParse for the glob loader's own call that follows, by file text.
    const digests = new Map<string, string>();
    const root = fileURLToPath(context.config.root);
    const { entryTypes } = context as LoaderContext & { entryTypes?: EntryTypes };
    /** The articles folder as the system resolves it, once per load. */
    let realArticlesDir: string | undefined;
    return inner.load({
      ...context,
      ...(entryTypes && {
        entryTypes: withoutSecondParse(
          entryTypes,
          (contents, fileUrl) => {
            const filePath = fileURLToPath(fileUrl);
            const entry = relative(articlesDir, filePath).split(sep).join('/');
            const stored = store.get(articleEntryId({ entry }));
            if (!stored?.digest || stored.filePath !== relative(root, filePath).split(sep).join('/')) return false;
            const digest = digestOf(contents);
            digests.set(contents, digest);
            return stored.digest === digest;
          },
          (fileUrl) => articleAt(contentDir, fileURLToPath(fileUrl)),
        ),
      }),
      // The body the loader read is looked at for images here (at 10,000 articles, reading every file again took 0.7 s of a
      // cold `astro dev` start), then left out of the store, as `retainBody: false` would.
      store: { ...store, set: (entry) => store.set({ ...withPreviewImport(entry, contentDir, root), body: undefined }) },
      parseData: (props) => {
        // As before for a file answered from the site's reading (readingFromSite), which lists the files of a linked folder.
        realArticlesDir ??= realpathSync.native(articlesDir);
        refuseLinked(articlesDir, realArticlesDir, props.filePath);
        return context.parseData(props);
      },
      generateDigest: (data) => {
        if (typeof data !== 'string') return context.generateDigest(data);
        const known = digests.get(data);
        if (known === undefined) return digestOf(data);
        digests.delete(data);
        return known;
      },
    });
  };
  return {
    name: 'zhiku:articles',
    load: async (context: LoaderContext) => {
      // Before the glob loader adds its own listeners, which then run after these. A resync does not watch again.
      // In `astro dev`, a body saved with unsafe HTML is stored as its problems (refuseUnsafeBodies); the resync keeps that guard.
      // In `astro dev`, most Markdown bodies are rendered when their pages are served (renderOnDemand).
      const guarded = refuseUnsafeBodies(keepBrokenLinkBodies(renderOnDemand(context, contentDir)), contentDir);
      const followed = followArticleFiles(guarded.context, contentDir, () => load({ ...followed, watcher: undefined }));
      const textOf = (file: string) => {
        const source = articleAt(contentDir, file);
        // Only the reading of this very path (the reading's lookup compares paths as the sort does, where two spellings may tie).
        if (!source || source.invalidUtf8 || resolve(articlesDir, source.path) !== file) return undefined;
        // In `astro dev` a file saved since the reading is read from disk.
        if (context.watcher && !stillAsRead(file, source.look)) return undefined;
        return source.text;
      };
      try {
        await readingFromSite(textOf, () => load(followed));
      } finally {
        guarded.settle();
      }
    },
  };
}
