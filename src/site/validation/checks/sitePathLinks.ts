import type { ContentProblem } from '../../../core/content/contentProblem';
import { urlVerdict } from '../../../core/content/safeUrl';
import { articleUrl, parseSitePath } from '../../../core/links/urls';
import { bodyLinks } from '../../../markdown/bodyLinks';
import { aliasTarget, hasPublishedVersion, type ContentModel } from '../contentModel';
import { linkingArticles } from './articleLinks';

/** Links that leave the site or stay on the page, and those whose scheme is refused (checks/addresses.ts): not this check's. */
const isSitePath = (url: string) => {
  const verdict = urlVerdict(url);
  return verdict.ok && (verdict.kind === 'site path' || verdict.kind === 'relative');
};

/**
 * Links written as site paths (`/en/articles/x/`, `../../topics/y/`): the article
 * (or an alias of it) must exist and be published, the topic must exist.
 * @example sitePathProblems(modelOf({ 'en/a.md': '[x](/en/articles/nope/)' }))[0].message => '"/en/articles/nope/" points at the article "nope", which does not exist'
 */
export function sitePathProblems(model: ContentModel): ContentProblem[] {
  return linkingArticles(model).flatMap((a) =>
    bodyLinks(a.tree!).flatMap((link): ContentProblem[] => {
      if (!isSitePath(link.url)) return [];
      const path = new URL(link.url, new URL(articleUrl(a.locale!, a.slug!), 'http://site/')).pathname;
      // Relative links to .md files are the resolver's (articleLinkProblems).
      if (!link.url.startsWith('/') && /\.mdx?$/i.test(path)) return [];
      const at = { file: a.file.file, line: a.bodyLine + link.line - 1, field: 'link' };
      const target = parseSitePath(path);
      if (target.kind === 'article') {
        const slug = model.bySlug.has(target.slug) ? target.slug : aliasTarget(model, target.slug);
        if (!slug) {
          return [
            {
              ...at,
              message: `"${link.url}" points at the article "${target.slug}", which does not exist`,
              fix: "fix the slug in the link, or add the old slug to the target article's `aliases`",
            },
          ];
        }
        if (hasPublishedVersion(model, slug)) return [];
        const drafts = (model.bySlug.get(slug) ?? []).map((d) => d.file.file).join(', ');
        return [
          {
            ...at,
            message: `"${link.url}" points at a draft (${drafts})`,
            fix: 'publish the draft (remove `draft: true`) or remove the link',
          },
        ];
      }
      if (target.kind === 'topic' && !model.topicIds.has(target.topic)) {
        return [
          {
            ...at,
            message: `"${link.url}" points at the topic "${target.topic}", which does not exist`,
            fix: 'fix the topic id in the link, or add the topic to topics.yaml',
          },
        ];
      }
      return [];
    }),
  );
}
