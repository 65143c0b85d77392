import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import type { MdastPluginDefinition, PluginFactoryContext } from 'satteri';
import { articleLinksPlugin, type ArticleLinksOptions } from './articleLinksPlugin';
import { basePathPlugin } from './basePathPlugin';
import { bodyFactsPlugin } from './bodyFactsPlugin';
import { mayEditCjkText } from './cjkText';
import { cjkTextPlugin } from './cjkTextPlugin';
import { mayHoldDirectives } from './directives';
import { directivesPlugin } from './directivesPlugin';
import { mayHaveFigure } from './figureElement';
import { figureImagePlugin } from './figureImagePlugin';
import { FOOTNOTE_BACK_LABEL, footnotesPlugin } from './footnotesPlugin';
import { headingAnchorsPlugin } from './headingAnchorsPlugin';
import { imageSizesPlugin } from './imageSizesPlugin';
import { mayLinkArticles } from './linkArticles';
import { mayLinkMedia } from './mediaLinks';
import { mediaLinksPlugin } from './mediaLinksPlugin';
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
 * A plugin that does nothing but carry a fingerprint of the renderer's code
 * into Astro's config. Astro keeps rendered bodies (the content store) and
 * pages (the incremental build) from one build to the next, and throws both
 * away when its config changes; it sees the config as JSON, where functions
 * leave no trace, so without this an edit to a Markdown plugin would leave
 * every body rendered by the old code. What other articles a body shows is
 * in each body's digest instead (site/articleLoader.ts).
 */
function codeStamp(rendererCode: string): MdastPluginDefinition & { rendererCode: string } {
  return { name: 'zhiku-renderer-code', rendererCode };
}

/**
 * The options of the site's Markdown processor (Astro's native Sätteri, for
 * `.md` and `.mdx` alike): the site's syntax, links between articles, Chinese
 * text, links to files of media/ (a PDF) at their published copies, footnotes in the article's language, heading ids and anchors, images (a `<Figure>`'s image joins Astro's image pipeline;
 * every image is sized for the text column), and the body facts kept for lists and the link
 * graph. Used by astro.config.mjs and by the tests, so both render through the same pipeline.
 * `code` is a fingerprint of the renderer's code (site/sourceStamp.ts); `base` the path the site is
 * served under, which the body's links to the site's own paths get last.
 * @example satteri(markdownProcessorOptions(siteArticleLinks('content'), sourceStamp(['src/markdown', 'src/core'])))
 */
export function markdownProcessorOptions(links: ArticleLinksOptions, code = '', base = '/'): SatteriProcessorOptions {
  return {
    // Footnotes are worded per article by footnotesPlugin: the renderer writes the bare reference.
    features: { ...MARKDOWN_FEATURES, gfm: { footnotes: { backLabel: FOOTNOTE_BACK_LABEL } } },
    // Directives first: every later step sees text as written. Links next: they report lines,
    // which joining Chinese lines would shift. Facts last: they measure the text as it is shown.
    mdastPlugins: [
      codeStamp(code),
      onlyWhere(mayHoldDirectives, directivesPlugin(links.articlesDir)),
      onlyWhere(mayLinkArticles, articleLinksPlugin(links)),
      onlyWhere(mayLinkMedia, mediaLinksPlugin(links.articlesDir)),
      onlyWhere(mayEditCjkText, cjkTextPlugin()),
      onlyWhere(mayHaveFigure, figureImagePlugin()),
      bodyFactsPlugin(),
    ],
    hastPlugins: [
      footnotesPlugin(links.articlesDir),
      headingAnchorsPlugin(),
      imageSizesPlugin(),
      ...(base === '/' ? [] : [basePathPlugin(base)]),
    ],
  };
}
