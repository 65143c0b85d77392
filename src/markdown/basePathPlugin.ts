import type { HastPluginDefinition } from 'satteri';
import { withBase } from '../core/links/urls';

/** The attributes of the HTML an article may write that hold a link to a path of the site (core/content/htmlAllowList.ts). */
const TAG = /<[a-z][^>]*>/gi;
const PATH_ATTRIBUTE = /(\s(?:href|src)\s*=\s*)(["']?)([^"'\s>]*)\2/gi;

/**
 * Raw HTML with the site paths of its tags' `href` and `src` under `base`.
 * @example rawHtmlWithBase('<a href="/zh/">', '/kb/') => '<a href="/kb/zh/">'
 */
export function rawHtmlWithBase(html: string, base: string): string {
  return html.replace(TAG, (tag) =>
    tag.replace(PATH_ATTRIBUTE, (all, before: string, quote: string, url: string) => `${before}${quote}${withBase(url, base)}${quote}`),
  );
}

/**
 * The Sätteri plugin that puts a body's links to the site's own paths under the path the site is
 * served from (content/site.yaml `base`): links between articles, links to files of `media/`, and
 * site paths an editor wrote (`[x](/en/articles/x/)`, `<a href="/zh/">`) are all written as paths
 * from the site's root until here, which is also how the validator and the link graph read them.
 * Links to other sites, fragments and relative links stay as they are.
 * @example basePathPlugin('/kb/') turns <a href="/en/articles/a/"> into <a href="/kb/en/articles/a/">
 */
export function basePathPlugin(base: string): HastPluginDefinition {
  return {
    name: 'zhiku-base-path',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties?.href;
        if (typeof href === 'string' && withBase(href, base) !== href) ctx.setProperty(node, 'href', withBase(href, base));
      },
    },
    mdxJsxTextElement: {
      filter: ['a'],
      visit(node, ctx) {
        for (const attribute of node.attributes) {
          if (attribute.type !== 'mdxJsxAttribute' || attribute.name !== 'href' || typeof attribute.value !== 'string') continue;
          if (withBase(attribute.value, base) !== attribute.value) ctx.setProperty(node, 'href', withBase(attribute.value, base));
        }
      },
    },
    raw(node, ctx) {
      const value = rawHtmlWithBase(node.value, base);
      if (value !== node.value) ctx.replaceNode(node, { type: 'raw', value });
    },
  };
}
