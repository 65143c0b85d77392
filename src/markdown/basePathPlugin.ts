import type { HastPluginDefinition } from 'satteri';
import { withBase } from '../core/links/urls';

/**
 * The Sätteri plugin that puts a body's links to the site's own paths under the path the site is
 * served from (content/site.yaml `base`): links between articles, links to files of `media/`, and
 * site paths an editor wrote (`[x](/en/articles/x/)`) are all written as paths from the site's root
 * until here, which is also how the validator and the link graph read them. Links to other sites,
 * fragments and relative links stay as they are.
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
  };
}
