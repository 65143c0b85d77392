import { canPreview } from '../../../core/articles/articlePicture';
import type { ContentProblem } from '../../../core/content/contentProblem';
import { contentPathOf } from '../../../core/content/mediaPath';
import type { ContentModel } from '../contentModel';
import { imageFileProblem } from './images';

/**
 * The `cover` of every article: an image of `media/` that exists, is at most 5 MB, and can be a link
 * preview's picture (not an SVG). Its alt text is the schema's to require (core/articles/articleSchema.ts).
 * @example coverProblems(modelOf({ 'en/a.md': 'cover: { src: ../../media/none.png, alt: A }' }))[0].message
 *   => 'cover "../../media/none.png" points at media/none.png, which does not exist'
 */
export function coverProblems(model: ContentModel): ContentProblem[] {
  return model.articles.flatMap((a) => {
    const cover = a.data?.cover;
    if (!cover) return [];
    // Its line only for a problem: finding it parses the YAML again.
    const at = () => ({ file: a.file.file, line: a.lineOf(['cover', 'src']), field: 'cover.src' });
    const written = `cover "${cover.src}"`;
    const problem = imageFileProblem(model, a.file.path, cover.src);
    if (problem) return [{ ...at(), message: `${written} ${problem.message}`, fix: problem.fix }];
    if (!canPreview(cover.src)) {
      return [
        {
          ...at(),
          message: `${written} points at ${contentPathOf(a.file.path, cover.src)}, an SVG, which link previews do not show`,
          fix: 'use a PNG, JPEG or WebP picture (save the drawing as PNG), or remove `cover:` to use the first figure',
        },
      ];
    }
    return [];
  });
}
