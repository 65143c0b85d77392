import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import type { MdastPluginDefinition, PluginFactoryContext } from 'satteri';
import type { KnownArticle } from '../core/resolveArticleLink';
import { articleLinksPlugin, type ArticleLinksOptions } from './articleLinksPlugin';
import { bodyFactsPlugin } from './bodyFactsPlugin';
import { mayEditCjkText } from './cjkText';
import { cjkTextPlugin } from './cjkTextPlugin';
import { headingAnchorsPlugin } from './headingAnchorsPlugin';
import { mayLinkArticles } from './linkArticles';
import { MARKDOWN_FEATURES } from './syntax';

/**
 * Runs a plugin only on the documents it can change: every visited node is a
 * call from the native parser into JavaScript, and most bodies have no link
 * to an article and no hard-wrapped Chinese.
 */
function onlyWhere(test: (source: string) => boolean, plugin: MdastPluginDefinition) {
  return (ctx: PluginFactoryContext) => (test(ctx.source) ? plugin : null);
}

/**
 * A plugin that does nothing but carry the article list into Astro's config:
 * Astro hashes its config (functions leave no trace in that hash), so a new,
 * removed or (un)drafted article clears the content cache and every page that
 * links to it is rendered again.
 */
function articleListStamp(articles: readonly KnownArticle[]): MdastPluginDefinition & { articles: readonly KnownArticle[] } {
  return { name: 'zhiku-article-list', articles };
}

/**
 * The options of the site's Markdown processor (Astro's native Sätteri, for
 * `.md` and `.mdx` alike): the site's syntax, links between articles, Chinese
 * text, heading ids and anchors, and the body facts kept for lists and the link graph. Used by astro.config.mjs and by the tests,
 * so both render through the same pipeline.
 * @example satteri(markdownProcessorOptions(siteArticleLinks('content')))
 */
export function markdownProcessorOptions(links: ArticleLinksOptions): SatteriProcessorOptions {
  return {
    features: MARKDOWN_FEATURES,
    // Links first: they report lines, which joining Chinese lines would shift. Facts last: they
    // measure the text as it is shown.
    mdastPlugins: [
      articleListStamp(links.articles),
      onlyWhere(mayLinkArticles, articleLinksPlugin(links)),
      onlyWhere(mayEditCjkText, cjkTextPlugin()),
      bodyFactsPlugin(),
    ],
    hastPlugins: [headingAnchorsPlugin()],
  };
}
