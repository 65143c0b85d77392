import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import type { KnownArticle } from '../lib/resolveArticleLink';
import { articleLinksPlugin } from './articleLinksPlugin';
import { bodyFactsPlugin } from './bodyFactsPlugin';
import { cjkTextPlugin } from './cjkTextPlugin';
import { headingAnchorsPlugin } from './headingAnchorsPlugin';
import { MARKDOWN_FEATURES } from './syntax';

/**
 * The options of the site's Markdown processor (Astro's native Sätteri, for
 * `.md` and `.mdx` alike): the site's syntax, links between articles, Chinese
 * text, heading ids and anchors, and the body facts kept for lists and the link graph. Used by astro.config.mjs and by the tests,
 * so both render through the same pipeline.
 * @example satteri(markdownProcessorOptions({ articles: readKnownArticles('content'), articlesDir: 'content/articles' }))
 */
export function markdownProcessorOptions(links: { articles: readonly KnownArticle[]; articlesDir: string }): SatteriProcessorOptions {
  return {
    features: MARKDOWN_FEATURES,
    // Links first: they report lines, which joining Chinese lines would shift. Facts last: they
    // measure the text as it is shown.
    mdastPlugins: [articleLinksPlugin(links), cjkTextPlugin(), bodyFactsPlugin()],
    hastPlugins: [headingAnchorsPlugin()],
  };
}
