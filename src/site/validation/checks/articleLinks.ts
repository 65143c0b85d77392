import type { ContentProblem } from '../../../core/content/contentProblem';
import { brokenLinkMessage } from '../../../markdown/brokenLinks';
import { rewriteArticleLinks } from '../../../markdown/rewriteArticleLinks';
import { aliasTarget, type ContentModel, type ModelArticle } from '../contentModel';

/** The slug a broken wikilink or file link was written with, e.g. `old` in `[[zh:old#x|text]]` or `../zh/old.md`. */
function writtenSlug(written: string): string | undefined {
  return (/^\[\[(?:[a-z]{2,3}:)?([^#|\]]+)/.exec(written)?.[1] ?? /([^/]+)\.mdx?(?:#.*)?$/.exec(written)?.[1])?.trim();
}

/** The linking articles whose body the checks read: published, well named and parsed. */
export function linkingArticles(model: ContentModel): ModelArticle[] {
  return model.articles.filter((a) => a.locale && a.slug && a.tree && a.published);
}

/**
 * The warning for a link or card written with an old slug (an alias) of the
 * article it reaches: it works, the page points at the new URL, and the
 * editor is told the slug to write.
 * @example renamedLinkWarning('[[old|x]]', 'old', 'new') => { message: '"[[old|x]]" names the old slug of "new"', fix: 'write [[new|x]]', warning: true }
 */
export function renamedLinkWarning(written: string, from: string, to: string): { message: string; fix: string; warning: true } {
  const current = written.startsWith('[[') ? written.replace(/^(\[\[(?:[a-z]{2,3}:)?\s*)[^#|\]]+?(?=\s*[#|\]])/u, `$1${to}`) : written;
  const fix = current === written ? `write "${to}" instead of "${from}"` : `write ${current}`;
  return { message: `"${written}" names the old slug of "${to}"`, fix, warning: true };
}

/**
 * Wikilinks and links to article files, resolved by the site's own resolver
 * (core/links/resolveArticleLink.ts): one that resolves to nothing or to a draft is a problem.
 * One written with an old slug (an alias) works and is a warning naming the new slug.
 * @example articleLinkProblems(modelOf({ 'en/a.md': 'See [[nope]].' }))[0].message => 'broken link …'
 */
export function articleLinkProblems(model: ContentModel): ContentProblem[] {
  return linkingArticles(model).flatMap((a) =>
    rewriteArticleLinks(a.tree!, { locale: a.locale!, slug: a.slug! }, model.known).flatMap((found): ContentProblem[] => {
      const at = { file: a.file.file, line: a.bodyLine + found.line - 1, field: 'link' };
      if (!found.resolution.ok) {
        const written = writtenSlug(found.written);
        const renamedTo = written ? aliasTarget(model, written) : undefined;
        const fix = renamedTo
          ? `"${written}" was renamed: link to "${renamedTo}" instead`
          : 'link to an existing article slug (its file name in articles/<lang>/, without .md)';
        return [{ ...at, message: brokenLinkMessage(found.resolution), fix }];
      }
      const t = found.resolution.target;
      const renamed = t.renamedFrom === undefined ? [] : [{ ...at, ...renamedLinkWarning(found.written, t.renamedFrom, t.slug) }];
      if (t.published) return renamed;
      return [
        {
          ...at,
          message: `"${found.written}" points at a draft (articles/${t.locale}/${t.slug})`,
          fix: 'publish the draft (remove `draft: true`) or remove the link',
        },
      ];
    }),
  );
}
