import type { ContentProblem } from '../../../core/content/contentProblem';
import type { ComponentProblem } from '../../../core/articles/mdxComponents';
import { contentPathOf, IMAGE_EXTENSIONS, isImageFile, isMediaPath, MEDIA_FOLDER, mediaHref } from '../../../core/content/mediaPath';
import type { ArticleImage } from '../../../markdown/articleImages';
import type { ContentModel, ModelArticle } from '../contentModel';

/** The largest image file an article may show: beyond it a page gets slow to build and to read. */
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;

/** A size in megabytes, for editors. @example megabytes(6_300_000) => '6.0 MB' */
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** How to point at an image of media/ from an article. @example hrefHint('en/a.md') => '../../media/<name>' */
const hrefHint = (articlePath: string) => mediaHref(articlePath, `${MEDIA_FOLDER}/<name>`);

/**
 * Why the image an article at `articlePath` (inside `articles/`) points at with `url` cannot be
 * shown, or undefined when it can: it must be a file of `media/` that exists, is an image, and is
 * at most 5 MB. The message names the file, not how the article wrote it, so that a Markdown
 * image and a `<Figure src>` can each put it in their own words.
 * @example imageFileProblem(model, 'en/a.md', '../../media/none.png')?.message => 'points at media/none.png, which does not exist'
 */
export function imageFileProblem(model: ContentModel, articlePath: string, url: string): ComponentProblem | undefined {
  const path = contentPathOf(articlePath, url);
  if (path === undefined) {
    return {
      message: `is not a file of ${MEDIA_FOLDER}/: the site optimises and serves only its own images`,
      fix: `save the image in ${MEDIA_FOLDER}/ (mind its licence) and write its path relative to this file: ${hrefHint(articlePath)}`,
    };
  }
  const file = model.media.get(path);
  if (!file) {
    return {
      message: isMediaPath(path) ? `points at ${path}, which does not exist` : `points at ${path}, outside ${MEDIA_FOLDER}/`,
      fix: `put the image in ${MEDIA_FOLDER}/ and write its path relative to this file (${hrefHint(articlePath)}), or fix the name`,
    };
  }
  if (!isImageFile(path))
    return { message: `points at ${path}, which is not an image the site can optimise`, fix: `use one of ${IMAGE_EXTENSIONS.join(', ')}` };
  if (file.bytes > MAX_IMAGE_BYTES) {
    return {
      message: `points at ${path}, which is ${megabytes(file.bytes)}, over the limit of ${megabytes(MAX_IMAGE_BYTES)}`,
      fix: 'save a smaller file: at most about 2400 pixels wide, as JPEG or WebP for photos',
    };
  }
  return undefined;
}

/** What is wrong with one Markdown image of an article, each problem beginning with the image as written. */
function markdownImageProblems(model: ContentModel, a: ModelArticle, image: ArticleImage & { url: string }): ComponentProblem[] {
  const written = image.form === 'reference' ? `the image reference ![${image.alt}][…] to "${image.url}"` : `![${image.alt}](${image.url})`;
  const problems: ComponentProblem[] = [];
  if (!image.alt?.trim()) {
    problems.push({
      message: `${written} has no alt text`,
      fix: 'say what the image shows between the brackets: ![What it shows](…), for readers who cannot see it',
    });
  }
  const file = imageFileProblem(model, a.file.path, image.url);
  if (file) problems.push({ message: `${written} ${file.message}`, fix: file.fix });
  else if (image.form === 'reference') {
    problems.push({
      message: `${written} is written as a reference, which Astro does not optimise`,
      fix: `write the path in place: ![alt](${image.url})`,
    });
  }
  return problems;
}

/**
 * The Markdown images of every article, drafts included (Astro renders them too): each needs alt
 * text and must be a file of `media/` that exists, is an image, and is at most 5 MB. A
 * `<Figure>`'s image is checked as one of its props (core/articles/mdxComponents.ts, imageFileProblem).
 * @example imageProblems(modelOf({ 'en/a.md': '![](../../media/none.png)' })).map((p) => p.message)
 *   => ['![](../../media/none.png) has no alt text', '![](../../media/none.png) points at media/none.png, which does not exist']
 */
export function imageProblems(model: ContentModel): ContentProblem[] {
  return model.articles.flatMap((a) =>
    a.images.flatMap((image) =>
      image.form === 'figure' || image.url === null
        ? []
        : markdownImageProblems(model, a, { ...image, url: image.url }).map((p) => ({
            file: a.file.file,
            line: a.bodyLine + image.line - 1,
            field: 'image',
            ...p,
          })),
    ),
  );
}

/**
 * Files of `media/` that no article shows, in Markdown, in a `<Figure>` or as its `cover`, or links to: a warning,
 * never an error (a new image may be meant for an article still to come).
 * @example unusedMedia(modelOf({ 'en/a.md': 'No image.' }, ['media/old.png']))[0].message => 'no article shows this file'
 */
export function unusedMedia(model: ContentModel): ContentProblem[] {
  const used = new Set([
    ...model.articles.flatMap((a) => a.images.map((image) => image.url !== null && contentPathOf(a.file.path, image.url))),
    ...model.articles.flatMap((a) => a.mediaLinks),
    ...model.articles.map((a) => a.data?.cover && contentPathOf(a.file.path, a.data.cover.src)),
  ]);
  return [...model.media.values()]
    .filter((m) => !used.has(m.path))
    .map((m) => ({
      file: m.file,
      field: 'media',
      message: 'no article shows this file',
      fix: isImageFile(m.path)
        ? `show it in an article (![What it shows](../../${m.path})) or delete it`
        : `link to it from an article ([What it is](../../${m.path})) or delete it`,
    }));
}
