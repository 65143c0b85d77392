import type { AstroPrerenderer } from 'astro';
import type { Locale } from '../core/language/locales';
import { indexedPageFile, sitePathOf } from '../core/links/urls';
import { indexedPageCounts, indexFirst } from '../search/indexOrder';

/**
 * Wraps Astro's prerenderer so that each language's search can be indexed while later pages render,
 * instead of after the last one. The pages a search indexes render first, one language after the
 * other (search/indexOrder.ts), and `onLanguage` is called once every page of a language is written.
 *
 * Astro renders one page at a time (`build.concurrency` 1) and writes each before it renders the
 * next, so the pages of a language are all written when the page after its last one starts to
 * render. A language with a page that does not render (copied from the incremental build's cache)
 * is never handed over: it is indexed after the last page, as before.
 *
 * `siteBase` is the path the site is served under (Astro's `base`): the requests Astro renders name
 * their pages under it, the paths of getStaticPaths do not. `onPaths` hears every path the build will
 * render, before the first renders (pages an earlier build left in dist/ that are not among them go then).
 */
export function indexWhileRendering(
  base: AstroPrerenderer,
  onLanguage: (locale: Locale) => void,
  siteBase = '/',
  onPaths?: (pathnames: ReadonlySet<string>) => void,
): AstroPrerenderer {
  const pending = new Map<Locale, number>();
  /** The language whose last page rendered last, written by the time the next page renders. */
  let written: Locale | undefined;
  /** A site path as Astro names its page (`/en/articles/a`, `/en/articles/a/`), decoded as the file on disk is. */
  const sitePath = (pathname: string) => decodeURI(pathname.startsWith('/') ? pathname : `/${pathname}`);
  return {
    ...base,
    name: `${base.name}+zhiku:search-while-rendering`,
    setup: base.setup && (() => base.setup!()),
    teardown: base.teardown && (() => base.teardown!()),
    collectStaticImages: base.collectStaticImages && (() => base.collectStaticImages!()),
    async getStaticPaths() {
      const found = await base.getStaticPaths();
      const paths = indexFirst(Array.isArray(found) ? found : found.paths, (path) => sitePath(path.pathname));
      onPaths?.(new Set(paths.map((path) => path.pathname)));
      for (const [locale, count] of indexedPageCounts(paths.map((path) => sitePath(path.pathname)))) pending.set(locale, count);
      return Array.isArray(found) ? paths : { ...found, paths };
    },
    render(request, options) {
      if (written) {
        onLanguage(written);
        written = undefined;
      }
      const requested = sitePathOf(new URL(request.url).pathname, siteBase);
      const locale = requested === undefined ? undefined : indexedPageFile(sitePath(requested))?.locale;
      const left = locale && pending.get(locale);
      if (locale && left) {
        if (left === 1) {
          pending.delete(locale);
          written = locale;
        } else pending.set(locale, left - 1);
      }
      return base.render(request, options);
    },
  };
}
