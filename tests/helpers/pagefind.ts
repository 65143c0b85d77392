import { copyFile, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { htmlLang as htmlLangOf, LOCALES, type Locale } from '../../src/core/language/locales';
import { pagefindUrl } from '../../src/core/links/urls';

/** One indexed page as Pagefind stored it: the text it indexed, its metadata and filters. */
export interface PagefindFragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  anchors: { id: string; text: string }[];
}

/** Reads every fragment of every language's Pagefind bundle (gzip, a `pagefind_dcd` signature, then JSON), with its language. */
export async function readFragments(outDir: string): Promise<(PagefindFragment & { language: string })[]> {
  const bundles = LOCALES.map((locale) => join(outDir, pagefindUrl(locale), 'fragment'));
  const files = (await Promise.all(bundles.map(async (dir) => (await readdir(dir)).map((file) => ({ dir, file }))))).flat();
  return Promise.all(
    files.map(async ({ dir, file }) => {
      const raw = gunzipSync(await readFile(join(dir, file)));
      const signature = 'pagefind_dcd';
      if (raw.subarray(0, signature.length).toString() !== signature) throw new Error(`${file} is not a Pagefind fragment`);
      return { language: file.split('_')[0]!, ...(JSON.parse(raw.subarray(signature.length).toString()) as PagefindFragment) };
    }),
  );
}

export interface NodeSearchHit {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results: { title: string; url: string; excerpt: string; weighted_locations: { balanced_score: number }[] }[];
}

export interface NodePagefind {
  search(query: string | null, options?: object): Promise<NodeSearchHit[]>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/**
 * Pagefind's own browser JS API, run in Node against a served bundle: the same
 * WebAssembly search the browser runs. Pagefind reads the language from
 * `<html lang>`, so a minimal `document` answers with the wanted one.
 */
export async function nodePagefind(outDir: string, serverUrl: string, locale: Locale): Promise<NodePagefind> {
  const htmlLang = htmlLangOf(locale).toLowerCase();
  const bundle = pagefindUrl(locale);
  // One module copy per language, under its own file name (loaders may ignore a query string):
  // the WebAssembly glue is module state, and the languages use different WebAssembly builds.
  const copy = join(outDir, bundle, `pagefind-node-${htmlLang}.js`);
  await copyFile(join(outDir, bundle, 'pagefind.js'), copy);
  const moduleUrl = pathToFileURL(copy).href;
  const mod = (await import(moduleUrl)) as {
    createInstance(options: object): {
      init(): Promise<void>;
      search(q: string | null, o?: object): Promise<{ results: { data(): Promise<NodeSearchHit> }[] }>;
      filters(): Promise<Record<string, Record<string, number>>>;
    };
  };
  const g = globalThis as { document?: unknown };
  const previous = g.document;
  g.document = { querySelector: () => ({ getAttribute: () => htmlLang }) };
  const instance = mod.createInstance({ basePath: `${serverUrl}${bundle}`, baseUrl: '/' });
  g.document = previous;
  await instance.init();
  return {
    async search(query, options) {
      const response = await instance.search(query, options);
      return Promise.all(response.results.map((r) => r.data()));
    },
    filters: () => instance.filters(),
  };
}
