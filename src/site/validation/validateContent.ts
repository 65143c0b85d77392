import { rewriteArticleLinks } from '../../markdown/rewriteArticleLinks';
import { articleSet } from '../../core/resolveArticleLink';
import { parseSitePath } from '../../core/urls';
import { parseArticle, readTopics } from './articleChecks';
import { bodyLinks } from '../../markdown/bodyLinks';
import { sortProblems, type ContentProblem } from '../../core/contentProblem';
import type { ContentInput, ParsedArticle } from '../../core/contentFiles';

export type { ContentFile, ContentInput } from '../../core/contentFiles';

/**
 * Checks a content folder's articles and topics and returns every problem
 * found, not just the first: schema, topics, slugs, duplicates, aliases,
 * translations, links, links to drafts, empty bodies and MDX syntax.
 * @example validateContent({ articles: [{ path: 'en/a.md', file: 'a.md', text: '---\ndate: 2019-01-01\n---\nHi' }] })[0].field => 'title'
 */
export function validateContent(input: ContentInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const topicIds = readTopics(input, problems);
  if (!input.topics) problems.push({ file: 'topics.yaml', field: 'topics', message: 'the topic list is missing', fix: 'create topics.yaml next to the articles folder' });
  const articles = input.articles.map((f) => parseArticle(f, topicIds, problems));

  // The same slug twice in one language (a.md next to a.mdx).
  const byKey = new Map<string, ParsedArticle[]>();
  for (const a of articles) {
    if (!a.locale || !a.slug) continue;
    const k = `${a.locale}/${a.slug}`;
    byKey.set(k, [...(byKey.get(k) ?? []), a]);
  }
  for (const [k, same] of byKey) {
    if (same.length < 2) continue;
    for (const a of same) {
      const others = same.filter((o) => o !== a).map((o) => o.file.file);
      problems.push({ file: a.file.file, field: 'slug', message: `the slug "${k}" is also used by ${others.join(', ')}`, fix: 'keep one file per slug and language: rename or delete one of them' });
    }
  }

  // Slugs in any language, and which of them have a published version.
  const slugFiles = new Map<string, ParsedArticle[]>();
  for (const a of articles) if (a.slug) slugFiles.set(a.slug, [...(slugFiles.get(a.slug) ?? []), a]);
  const published = (slug: string) => (slugFiles.get(slug) ?? []).some((a) => a.published);

  // A translation needs its original: the same slug in the language it names.
  for (const a of articles) {
    const from = a.data?.translation?.from;
    if (!from || !a.slug) continue;
    if (from === a.locale) {
      problems.push({ file: a.file.file, line: a.lineOf(['translation', 'from']), field: 'translation.from', message: `names the file's own language "${from}"`, fix: 'name the language of the original, or remove `translation:` if this is the original' });
    } else if (!byKey.has(`${from}/${a.slug}`)) {
      problems.push({ file: a.file.file, line: a.lineOf(['translation', 'from']), field: 'translation.from', message: `says this translates ${from}/${a.slug}, which does not exist`, fix: `add the original as articles/${from}/${a.slug}.md, fix \`from\`, or rename this file to the original's slug` });
    }
  }

  // Aliases: an old slug may neither be a live slug nor belong to two articles.
  const aliasOwners = new Map<string, ParsedArticle[]>();
  for (const a of articles) {
    for (const alias of new Set(a.data?.aliases ?? [])) {
      const live = slugFiles.get(alias);
      if (live) {
        problems.push({ file: a.file.file, line: a.lineOf(['aliases']), field: 'aliases', message: `the alias "${alias}" is the slug of ${live.map((l) => l.file.file).join(', ')}`, fix: 'remove the alias, or rename the other article' });
      }
      aliasOwners.set(alias, [...(aliasOwners.get(alias) ?? []), a]);
    }
  }
  for (const [alias, owners] of aliasOwners) {
    const slugs = new Set(owners.map((o) => o.slug));
    if (slugs.size < 2) continue;
    for (const a of owners) {
      const others = owners.filter((o) => o.slug !== a.slug).map((o) => o.file.file);
      problems.push({ file: a.file.file, line: a.lineOf(['aliases']), field: 'aliases', message: `the alias "${alias}" is also claimed by ${others.join(', ')}`, fix: 'an old URL can redirect to one article only: remove the alias from one of them' });
    }
  }
  const aliasTarget = (slug: string) => {
    const owners = aliasOwners.get(slug);
    return owners?.length ? owners[0]!.slug : undefined;
  };

  // Links inside bodies. Wikilinks and links to article files go through the
  // site's own resolver (src/lib/resolveArticleLink.ts); site paths are checked here.
  const known = articleSet(
    articles.filter((a) => a.locale && a.slug).map((a) => ({ locale: a.locale!, slug: a.slug!, draft: !a.published, title: a.data?.title })),
  );
  for (const a of articles) {
    if (!a.locale || !a.slug || !a.tree || !a.published) continue;
    const at = (bodyLine: number) => a.bodyLine + bodyLine - 1;
    const linkProblem = (line: number, message: string, fix: string) => problems.push({ file: a.file.file, line: at(line), field: 'link', message, fix });
    const siteLinks = bodyLinks(a.tree);
    for (const found of rewriteArticleLinks(a.tree, { locale: a.locale, slug: a.slug }, known)) {
      if (!found.resolution.ok) {
        // A wikilink or file link to a renamed article names its old slug: point to the new one.
        const written = /^\[\[(?:[a-z]{2,3}:)?([^#|\]]+)/.exec(found.written)?.[1] ?? /([^/]+)\.mdx?(?:#.*)?$/.exec(found.written)?.[1];
        const renamedTo = written ? aliasTarget(written.trim()) : undefined;
        const fix = renamedTo
          ? `"${written!.trim()}" was renamed: link to "${renamedTo}" instead`
          : 'link to an existing article slug (its file name in articles/<lang>/, without .md)';
        linkProblem(found.line, `broken link ${found.resolution.error}`, fix);
      } else if (found.resolution.target.draft) {
        const t = found.resolution.target;
        linkProblem(found.line, `"${found.written}" points at a draft (articles/${t.locale}/${t.slug})`, 'publish the draft (remove `draft: true`) or remove the link');
      }
    }
    for (const link of siteLinks) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(link.url) || link.url.startsWith('#') || link.url.startsWith('//')) continue;
      const path = new URL(link.url, `http://site/${a.locale}/articles/${a.slug}/`).pathname;
      // Relative links to .md files are the resolver's, reported above.
      if (!link.url.startsWith('/') && /\.mdx?$/i.test(path)) continue;
      const target = parseSitePath(path);
      if (target.kind === 'article') {
        const slug = slugFiles.has(target.slug) ? target.slug : aliasTarget(target.slug);
        if (!slug) {
          linkProblem(link.line, `"${link.url}" points at the article "${target.slug}", which does not exist`, 'fix the slug in the link, or add the old slug to the target article\'s `aliases`');
        } else if (!published(slug)) {
          const drafts = (slugFiles.get(slug) ?? []).map((d) => d.file.file).join(', ');
          linkProblem(link.line, `"${link.url}" points at a draft (${drafts})`, 'publish the draft (remove `draft: true`) or remove the link');
        }
      } else if (target.kind === 'topic' && !topicIds.has(target.topic)) {
        linkProblem(link.line, `"${link.url}" points at the topic "${target.topic}", which does not exist`, 'fix the topic id in the link, or add the topic to topics.yaml');
      }
    }
  }
  return sortProblems(problems);
}
