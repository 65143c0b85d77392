import { htmlLang, otherLocales, type Locale } from '../../core/locales';
import { pagefindUrl } from '../../core/urls';

/** What Pagefind returns for one page (the fields this site uses). */
export interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  sub_results?: { title: string; url: string; excerpt: string }[];
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

let bundle: Promise<PagefindModule> | undefined;

/** Loads Pagefind's own JS API from the built site (not bundled: it belongs to the index). */
function loadPagefind(): Promise<PagefindModule> {
  const url = `${pagefindUrl()}pagefind.js`;
  bundle ??= import(/* @vite-ignore */ url) as Promise<PagefindModule>;
  return bundle;
}

const instances = new Map<string, Promise<PagefindInstance>>();

/**
 * The Pagefind instance for a reader: their own language's index, or (`all`)
 * that index merged with every other language's.
 * Measured with Pagefind 1.6: an instance always takes its language from
 * `<html lang>`, and mergeIndex skips a bundle whose path the primary's
 * basePath starts with; so the primary gets the relative path and the merged
 * copy of the same bundle the absolute one, with the other language.
 */
export function pagefindInstance(locale: Locale, all: boolean): Promise<PagefindInstance> {
  const key = `${locale}:${all}`;
  let instance = instances.get(key);
  if (!instance) {
    instance = loadPagefind().then(async (pagefind) => {
      const created = pagefind.createInstance({ basePath: pagefindUrl(), excerptLength: 24 });
      await created.init();
      if (all) {
        for (const other of otherLocales(locale)) {
          await created.mergeIndex(new URL(pagefindUrl(), location.origin).href, {
            language: htmlLang(other).toLowerCase(),
            baseUrl: '/',
          });
        }
      }
      return created;
    });
    instances.set(key, instance);
  }
  return instance;
}
