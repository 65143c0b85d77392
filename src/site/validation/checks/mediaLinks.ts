import type { ContentProblem } from '../../../core/content/contentProblem';
import { contentPathOf, isImageFile, isMediaPath, MEDIA_FOLDER, mediaHref } from '../../../core/content/mediaPath';
import { bodyLinks } from '../../../markdown/bodyLinks';
import type { ContentModel } from '../contentModel';

/** The largest file of `media/` an article may link to: the site serves it, and every copy of the site carries it. */
export const MAX_LINKED_MEDIA_BYTES = 20 * 1024 * 1024;

/** A size in megabytes, for editors. @example megabytes(6_300_000) => '6.0 MB' */
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * Links to files of `media/` (`[report](../../media/fatf-2019.pdf)`), in every article, drafts included
 * (as for images): the file must exist, must not be an image (an image is published only where an
 * article shows it: `![alt](…)`), and must be at most 20 MB. The site publishes such a file at
 * `/media/<name>` (integrations/mediaFiles.ts) and points the link there (markdown/mediaLinksPlugin.ts).
 * Links to other files of the content folder are the link checks' (articleLinks.ts, sitePathLinks.ts).
 * @example mediaLinkProblems(modelOf({ 'en/a.md': '[report](../../media/none.pdf)' }))[0].message
 *   => 'the link "../../media/none.pdf" points at media/none.pdf, which does not exist'
 */
export function mediaLinkProblems(model: ContentModel): ContentProblem[] {
  return model.articles
    .filter((a) => a.tree)
    .flatMap((a) =>
      bodyLinks(a.tree!).flatMap((link): ContentProblem[] => {
        const path = contentPathOf(a.file.path, link.url);
        if (path === undefined || !isMediaPath(path)) return [];
        const at = { file: a.file.file, line: a.bodyLine + link.line - 1, field: 'link' };
        const written = `the link "${link.url}"`;
        const file = model.media.get(path);
        if (!file) {
          return [
            {
              ...at,
              message: `${written} points at ${path}, which does not exist`,
              fix: `put the file in ${MEDIA_FOLDER}/ and write its path relative to this file (${mediaHref(a.file.path, `${MEDIA_FOLDER}/<name>`)}), or fix the name`,
            },
          ];
        }
        if (isImageFile(path)) {
          return [
            {
              ...at,
              message: `${written} points at the image ${path}, which the site publishes only where an article shows it`,
              fix: `show the image instead: ![What it shows](${link.url})`,
            },
          ];
        }
        if (file.bytes > MAX_LINKED_MEDIA_BYTES) {
          return [
            {
              ...at,
              message: `${written} points at ${path}, which is ${megabytes(file.bytes)}, over the limit of ${megabytes(MAX_LINKED_MEDIA_BYTES)}`,
              fix: 'link to the file where its publisher keeps it, or save a smaller version (a PDF compressed, or only the pages cited)',
            },
          ];
        }
        return [];
      }),
    );
}
