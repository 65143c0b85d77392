import type { AstroIntegration } from 'astro';
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync, realpathSync } from 'node:fs';
import { articleFacts, linksToItChange } from '../core/articles/articleFacts';
import { aliasRedirects, aliasTarget, type AliasRedirect } from '../core/links/aliasRedirects';
import { sitePathOf, withBase } from '../core/links/urls';
import { siteBase } from '../site/publicPath';
import { linkedArticles } from '../core/links/linkDependencies';
import type { ContentFolder } from '../site/contentFolder';
import { currentContent, onArticleFileChange, type ArticleFileChange } from '../site/currentContent';
import { invalidateFile } from './liveContentStore';
import { watchArticleFiles } from '../site/watchArticleFiles';

/** The page of every article, relative to the project (Astro's `route.component`). */
const ARTICLE_ROUTE = 'src/pages/[lang]/articles/[slug].astro';

/** The name the article route's path list goes by in dev, where the route renders on request and Astro never asks for the list. */
const PATHS_IN_DEV = 'articlePathsOfBuilds';

/**
 * A Vite plugin for `astro dev` that renames the article route's `getStaticPaths` (PATHS_IN_DEV) before Astro
 * compiles the page. The route renders on request in dev (`astro:route:setup` below), and Astro warns on every
 * start that a route which does not prerender has a `getStaticPaths` it ignores: a warning an editor can do
 * nothing about. Astro's check is whether the page's code holds that name; a build compiles the page as written.
 */
export function articleRouteInDev(root: URL): { name: string; enforce: 'pre'; transform(code: string, id: string): string | undefined } {
  // As Vite names a module: its real path, with forward slashes (also on Windows).
  const normalizePath = (file: string) => file.replaceAll('\\', '/');
  const path = resolve(fileURLToPath(root), ARTICLE_ROUTE);
  const page = normalizePath(existsSync(path) ? realpathSync(path) : path);
  return {
    name: 'zhiku:article-route-in-dev',
    enforce: 'pre',
    transform: (code, id) =>
      normalizePath(id) === page && code.includes('getStaticPaths') ? code.replace(/\bgetStaticPaths\b/g, PATHS_IN_DEV) : undefined,
  };
}

/** The MDX articles whose text may link to the article a change is about, by its slug or an old slug it lists or listed. */
function mdxLinkingTo(content: ContentFolder, change: ArticleFileChange): string[] {
  const files = [change.before, change.after].filter((f) => f !== undefined);
  const slugs = new Set(articleFacts({ articles: files }).flatMap((f) => [f.slug, ...f.aliases]));
  if (slugs.size === 0) return [];
  return content.articles
    .filter((a) => a.path.endsWith('.mdx') && linkedArticles(a.text).some((l) => slugs.has(l.slug)))
    .map((a) => a.path);
}

/**
 * What `astro dev` needs of the content folder beyond what the article loader
 * does (site/followArticleFiles.ts: it reads changed files again and renders
 * again the Markdown bodies that link to them). Both follow the folder as the
 * loader reads it (site/currentContent.ts).
 *
 * - The old URLs of renamed articles (`aliases`) answer with a redirect. A
 *   build writes them as redirect pages and `_redirects` lines
 *   (integrations/permalinks.ts); the dev server has neither.
 * - An MDX body is compiled as a module of its page rather than kept in the
 *   content store, so when what links show of an article changes, the MDX
 *   articles that link to it are compiled again on their next request.
 * - Article files are watched by watchArticleFiles rather than Vite's watcher,
 *   which stats every file of a folder again after each event in it.
 */
export default function devContent(contentDir: string): AstroIntegration {
  let made: { content: ContentFolder; redirects: AliasRedirect[] } | undefined;
  const redirects = () => {
    const content = currentContent(contentDir);
    if (made?.content !== content) made = { content, redirects: aliasRedirects(articleFacts(content)) };
    return made.redirects;
  };
  let stopFollowing: (() => void) | undefined;
  let stopWatching: (() => void) | undefined;
  const articlesDir = resolve(contentDir, 'articles');

  let dev = false;
  let told = false;
  return {
    name: 'zhiku:dev-content',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        dev = command === 'dev';
        if (!dev) return;
        // Article files are followed by watchArticleFiles below, which tells Vite's watcher of each change.
        const inArticles = (path: string) => resolve(path).startsWith(`${articlesDir}${sep}`);
        updateConfig({ vite: { server: { watch: { ignored: [inArticles] } }, plugins: [articleRouteInDev(config.root)] } });
      },
      'astro:route:setup': ({ route, logger }) => {
        // The article route renders on request in dev: Astro would otherwise list every article's path
        // (getStaticPaths) again after each saved edit, before serving the page. A build prerenders it.
        if (!dev || route.component !== ARTICLE_ROUTE) return;
        route.prerender = false;
        if (told) return;
        told = true;
        logger.info(`${ARTICLE_ROUTE} renders each article when it is requested in dev; \`npm run build\` prerenders every article.`);
      },
      'astro:server:setup': ({ server }) => {
        stopWatching?.();
        stopWatching = watchArticleFiles(articlesDir, (event, path) => {
          // As Vite's watcher would: the content layer, the article loader and Vite's module graph all listen to it.
          server.watcher.emit(event, path);
          server.watcher.emit('all', event, path);
        });
        server.middlewares.use((req, res, next) => {
          if (req.method !== 'GET' && req.method !== 'HEAD') return next();
          const path = new URL(req.url ?? '/', 'http://localhost').pathname;
          const target = aliasTarget(sitePathOf(path, siteBase()) ?? path, redirects());
          if (!target) return next();
          const to = withBase(target, siteBase());
          // Temporary, unlike the hosts' 301: a browser keeps a permanent redirect, and in dev the alias may go again.
          res.writeHead(302, { Location: to });
          res.end();
        });
        stopFollowing?.();
        stopFollowing = onArticleFileChange(contentDir, (change) => {
          if (!linksToItChange(change.before, change.after)) return;
          for (const path of mdxLinkingTo(currentContent(contentDir), change)) invalidateFile(server, resolve(articlesDir, path));
        });
      },
      'astro:server:done': () => {
        stopFollowing?.();
        stopFollowing = undefined;
        stopWatching?.();
        stopWatching = undefined;
      },
    },
  };
}
