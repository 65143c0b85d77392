import type { ContentProblem } from '../../../core/contentProblem';
import { contentPathOf, IMAGE_EXTENSIONS, isImageFile, isMediaPath, MEDIA_FOLDER, mediaHref } from '../../../core/mediaPath';
import type { ArticleImage } from '../../../markdown/articleImages';
import type { ContentModel, ModelArticle } from '../contentModel';

/** The largest image file an article may show: beyond it a page gets slow to build and to read. */
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;

/** A size in megabytes, for editors. @example megabytes(6_300_000) => '6.0 MB' */
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The image as the editor wrote it, to name it in a message. */
function written(image: ArticleImage): string {
  if (image.form === 'figure') return image.url === null ? '<Figure src={…}>' : `<Figure src="${image.url}">`;
  return image.form === 'reference' ? `the image reference to "${image.url}"` : `![${image.alt ?? ''}](${image.url})`;
}

/** How to point at an image of media/ from this article. */
const hrefHint = (a: ModelArticle) => mediaHref(a.file.path, `${MEDIA_FOLDER}/<name>`);

/** A problem of an image, before it is placed at its file and line. */
type ImageProblem = Pick<ContentProblem, 'message' | 'fix'>;

/** What is wrong with one image of an article, if anything. */
function problemsOfImage(model: ContentModel, a: ModelArticle, image: ArticleImage): ImageProblem[] {
  const problems: ImageProblem[] = [];
  if (image.alt !== null && !image.alt.trim()) {
    problems.push({
      message: `${written(image)} has no alt text`,
      fix:
        image.form === 'figure'
          ? 'add alt="…" saying what the image shows, for readers who cannot see it'
          : 'say what the image shows between the brackets: ![What it shows](…), for readers who cannot see it',
    });
  }
  if (image.url === null) {
    problems.push({
      message: `${written(image)} gives its image as an {expression}, which the image pipeline cannot read`,
      fix: `write src as a path in quotes, relative to this file: src="${hrefHint(a)}"`,
    });
    return problems;
  }
  const path = contentPathOf(a.file.path, image.url);
  if (path === undefined) {
    problems.push({
      message: `${written(image)} is not a file of ${MEDIA_FOLDER}/: the site optimises and serves only its own images`,
      fix: `save the image in ${MEDIA_FOLDER}/ (mind its licence) and write its path relative to this file: ${hrefHint(a)}`,
    });
    return problems;
  }
  if (image.form === 'reference') {
    problems.push({
      message: `${written(image)} is written as a reference (![alt][ref]), which Astro does not optimise`,
      fix: `write the path in place: ![alt](${image.url})`,
    });
  }
  const file = model.media.get(path);
  if (!file) {
    problems.push({
      message: isMediaPath(path)
        ? `${written(image)} points at ${path}, which does not exist`
        : `${written(image)} points at ${path}, outside ${MEDIA_FOLDER}/`,
      fix: `put the image in ${MEDIA_FOLDER}/ and write its path relative to this file (${hrefHint(a)}), or fix the name`,
    });
  } else if (!isImageFile(path)) {
    problems.push({
      message: `${written(image)} is not an image the site can optimise`,
      fix: `use one of ${IMAGE_EXTENSIONS.join(', ')}`,
    });
  } else if (file.bytes > MAX_IMAGE_BYTES) {
    problems.push({
      message: `${written(image)} is ${megabytes(file.bytes)}, over the limit of ${megabytes(MAX_IMAGE_BYTES)}`,
      fix: 'save a smaller file: at most about 2400 pixels wide, as JPEG or WebP for photos',
    });
  }
  return problems;
}

/**
 * The images of every article, drafts included (Astro renders them too): each needs alt text
 * and must be a file of `media/` that exists, is an image, and is at most 5 MB.
 * @example imageProblems(modelOf({ 'en/a.md': '![](../../media/none.png)' })).map((p) => p.message)
 *   => ['![](../../media/none.png) has no alt text', '![](../../media/none.png) points at media/none.png, which does not exist']
 */
export function imageProblems(model: ContentModel): ContentProblem[] {
  return model.articles.flatMap((a) =>
    a.images.flatMap((image) =>
      problemsOfImage(model, a, image).map((p) => ({ file: a.file.file, line: a.bodyLine + image.line - 1, field: 'image', ...p })),
    ),
  );
}

/**
 * Files of `media/` that no article shows: a warning, never an error (a new image may be meant
 * for an article still to come).
 * @example unusedMedia(modelOf({ 'en/a.md': 'No image.' }, ['media/old.png']))[0].message => 'no article shows this file'
 */
export function unusedMedia(model: ContentModel): ContentProblem[] {
  const used = new Set(model.articles.flatMap((a) => a.images.map((image) => image.url !== null && contentPathOf(a.file.path, image.url))));
  return [...model.media.values()]
    .filter((m) => !used.has(m.path))
    .map((m) => ({
      file: m.file,
      field: 'media',
      message: 'no article shows this file',
      fix: `show it in an article (![What it shows](../../${m.path})) or delete it`,
    }));
}
