import type { ContentProblem } from '../../../core/content/contentProblem';
import type { ContentModel } from '../contentModel';

/**
 * Every symbolic link inside the content folder is an error, wherever it points. Astro's
 * loaders would follow one to any file the build can read (and publish it), a link that
 * stays inside the folder publishes one file twice, and a checkout on Windows turns links
 * into small text files: a content folder holds the files themselves.
 */
export function symlinkProblems(model: ContentModel): ContentProblem[] {
  return model.symlinks.map((link) => ({
    file: link.file,
    field: 'file',
    message: `is a symbolic link (to ${link.target}); the site reads only files stored in the content folder`,
    fix: 'replace the link with a copy of the file itself (or, for an article, a wikilink to the article it points at)',
  }));
}
