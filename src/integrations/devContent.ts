import type { AstroIntegration } from 'astro';
import { resolve } from 'node:path';
import { articleFacts, linksToItChange } from '../core/articles/articleFacts';
import { aliasRedirects, aliasTarget, type AliasRedirect } from '../core/links/aliasRedirects';
import { sitePathOf, withBase } from '../core/links/urls';
import { siteBase } from '../site/publicPath';
import { linkedArticles } from '../core/links/linkDependencies';
import type { ContentFolder } from '../site/contentFolder';
import { currentContent, onArticleFileChange, type ArticleFileChange } from '../site/currentContent';
import type { DevServer } from './liveContentStore';

/** A dev environment that runs modules in this process (Vite's RunnableDevEnvironment), as far as it is used here. */
interface ModuleRunnerLike {
  evaluatedModules: { getModulesByFile(file: string): Set<unknown> | undefined; invalidateModule(node: never): void };
}

/** Makes every environment of the dev server load a file's modules afresh on their next import. */
function invalidateFile(server: DevServer, file: string): void {
  for (const environment of Object.values(server.environments)) {
    for (const mod of environment.moduleGraph.getModulesByFile(file) ?? []) environment.moduleGraph.invalidateModule(mod);
    const runner = (environment as { runner?: ModuleRunnerLike }).runner;
    for (const node of runner?.evaluatedModules.getModulesByFile(file) ?? []) runner!.evaluatedModules.invalidateModule(node as never);
  }
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
 */
export default function devContent(contentDir: string): AstroIntegration {
  let made: { content: ContentFolder; redirects: AliasRedirect[] } | undefined;
  const redirects = () => {
    const content = currentContent(contentDir);
    if (made?.content !== content) made = { content, redirects: aliasRedirects(articleFacts(content)) };
    return made.redirects;
  };
  let stopFollowing: (() => void) | undefined;

  return {
    name: 'zhiku:dev-content',
    hooks: {
      'astro:server:setup': ({ server }) => {
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
          const articlesDir = resolve(contentDir, 'articles');
          for (const path of mdxLinkingTo(currentContent(contentDir), change)) invalidateFile(server, resolve(articlesDir, path));
        });
      },
      'astro:server:done': () => {
        stopFollowing?.();
        stopFollowing = undefined;
      },
    },
  };
}
