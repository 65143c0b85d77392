import { htmlLang, type Locale } from '../../core/language/locales';
import { pagefindRootUrl, pagefindUrl } from '../../core/links/urls';
import { bundlesToMerge, parseSearchBundles, searchBundlesUrl, type SearchBundles } from '../searchBundles';
import { parseHiddenPages } from '../searchDelta';
import { hideResults } from './hiddenResults';
import { isPagefindFile, withNativeGunzip } from './nativeGunzip';
import { underBase } from './underBase';

/** What Pagefind returns for one page (the fields this site uses). */
export interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  sub_results?: { title: string; url: string; excerpt: string; weighted_locations?: { balanced_score: number }[] }[];
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}

interface PagefindInstance {
  init(): Promise<void>;
  search(term: string | null, options?: object): Promise<{ results: PagefindResult[] } | null>;
  /** Loads the index chunks a search for `term` needs, without searching. */
  preload(term: string, options?: object): Promise<void>;
  mergeIndex(indexPath: string, options: object): Promise<void>;
}

interface PagefindModule {
  createInstance(options: object): PagefindInstance;
}

const modules = new Map<Locale, Promise<PagefindModule>>();

const pagefindRoot = underBase(pagefindRootUrl());
let gunzipInstalled = false;

/**
 * Pagefind fetches its files with the page's global `fetch`: from the first search on, that
 * fetch inflates them with the browser's gzip (nativeGunzip.ts); every other request is untouched.
 */
function installNativeGunzip(): void {
  if (gunzipInstalled) return;
  gunzipInstalled = true;
  globalThis.fetch = withNativeGunzip(globalThis.fetch.bind(globalThis), (url) =>
    isPagefindFile(new URL(url, location.href).pathname, pagefindRoot),
  );
}

/** Loads Pagefind's own JS API from a language's bundle (not bundled: it belongs to the index). */
function loadPagefind(locale: Locale): Promise<PagefindModule> {
  let module = modules.get(locale);
  if (!module) {
    installNativeGunzip();
    module = import(/* @vite-ignore */ `${underBase(pagefindUrl(locale))}pagefind.js`) as Promise<PagefindModule>;
    modules.set(locale, module);
  }
  return module;
}

let manifest: Promise<{ bundles: SearchBundles; hidden: Set<string> }> | undefined;

/**
 * The site's search bundles (`/pagefind/bundles.json`), fetched once, at the same time
 * as Pagefind's own files, and the pages a search delta hides. Without it, each language has its first bundle only.
 */
function searchBundles(): Promise<{ bundles: SearchBundles; hidden: Set<string> }> {
  manifest ??= fetch(underBase(searchBundlesUrl()))
    .then((response) => (response.ok ? response.json() : undefined))
    .then(
      (value: unknown) => ({ bundles: parseSearchBundles(value), hidden: new Set(parseHiddenPages(value)) }),
      () => ({ bundles: {}, hidden: new Set<string>() }),
    );
  return manifest;
}

const instances = new Map<string, Promise<PagefindInstance>>();

/**
 * The Pagefind instance for a reader: their own language's first bundle merged
 * with the language's other bundles (a large language is indexed in several
 * runs), and (`all`) with every bundle of the other languages: Pagefind's
 * multisite search. An instance takes its language from `<html lang>`, so a
 * merged bundle is asked for its language by name.
 */
export function pagefindInstance(locale: Locale, all: boolean): Promise<PagefindInstance> {
  const key = `${locale}:${all}`;
  let instance = instances.get(key);
  if (!instance) {
    const manifest = searchBundles();
    instance = loadPagefind(locale).then(async (pagefind) => {
      // Result URLs are the pages' paths in the built site, under the site's base path (baseUrl).
      // On the page's own thread: Pagefind's worker would be a second script to fetch and compile
      // and a second JavaScript engine to start before the first results, while a search over
      // 10,000 pages takes its WebAssembly a few milliseconds.
      const baseUrl = underBase('/');
      // Created at once: the first bundle's entry file, metadata and WebAssembly start loading
      // while the manifest, which only the merged bundles and hidden pages need, is still on its way.
      const created = pagefind.createInstance({ basePath: underBase(pagefindUrl(locale)), baseUrl, excerptLength: 24, noWorker: true });
      const { bundles, hidden } = await manifest;
      // Asked for together, in order (results keep that order on equal scores): a merged bundle
      // shares the first bundle's WebAssembly, and Pagefind starts loading its files once that is loaded.
      const merged = bundlesToMerge(bundles, locale, all);
      await Promise.all([
        created.init(),
        ...merged.map((bundle) => created.mergeIndex(underBase(bundle.url), { language: htmlLang(bundle.locale).toLowerCase(), baseUrl })),
      ]);
      return hideResults(created, hidden);
    });
    instances.set(key, instance);
  }
  return instance;
}
