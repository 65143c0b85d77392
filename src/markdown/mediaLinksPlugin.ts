import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastPluginDefinition, MdastVisitorContext } from 'satteri';
import { fileArticle } from './fileArticle';
import { publishedMediaLink } from './mediaLinks';

/**
 * The Sätteri plugin that points links (and link definitions) to files of `media/` that are not
 * images (`[report](../../media/x.pdf)`) at the file's published copy (`/media/x.pdf`, written
 * by integrations/mediaFiles.ts): as written, the link would resolve against the page's URL,
 * where no such file is. The validator checks that the file exists and is not too large
 * (site/validation/checks/mediaLinks.ts).
 */
export function mediaLinksPlugin(articlesDir: string): MdastPluginDefinition {
  const step = (node: Readonly<{ url: string }>, ctx: MdastVisitorContext) => {
    const path = ctx.fileURL && fileURLToPath(ctx.fileURL);
    if (!path || !fileArticle(path, articlesDir)) return;
    const url = publishedMediaLink(relative(articlesDir, path).split('\\').join('/'), node.url);
    if (url !== undefined) ctx.setProperty(node as never, 'url' as never, url as never);
  };
  return { name: 'zhiku-media-links', link: step, definition: step };
}
