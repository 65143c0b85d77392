import { isLocale, type Locale } from '../../../core/language/locales';
import type { ContentProblem } from '../../../core/content/contentProblem';
import { MDX_COMPONENTS, type ComponentContext, type ComponentSpec } from '../../../core/articles/mdxComponents';
import { resolveWikilink } from '../../../core/links/resolveArticleLink';
import { brokenLinkMessage } from '../../../markdown/brokenLinks';
import { componentUses, declaredNames, type ComponentUse } from '../../../markdown/componentUses';
import type { ContentModel, ModelArticle } from '../contentModel';
import { renamedLinkWarning } from './articleLinks';
import { imageFileProblem } from './images';

const FIX = 'see "Components for MDX articles" in the README';

/** What a component's own check may ask, for one article. */
function componentContext(model: ContentModel, article: ModelArticle): ComponentContext {
  const from = { locale: article.locale!, slug: article.slug! };
  return {
    ...from,
    articleProblem(slug: string, lang?: Locale) {
      const resolution = resolveWikilink(lang ? `${lang}:${slug}` : slug, from, model.known);
      if (!resolution.ok) return brokenLinkMessage(resolution);
      const t = resolution.target;
      return t.published ? undefined : `"${slug}" is a draft (articles/${t.locale}/${t.slug}), which has no page`;
    },
    isGlossaryTerm: (id) => model.glossaryIds.has(id),
    imageProblem: (src) => imageFileProblem(model, article.file.path, src),
  };
}

/** The warning for an `<ArticleCard>` that names an old slug (an alias) of the article it shows. */
function renamedCard(use: ComponentUse, model: ContentModel, article: ModelArticle): { message: string; fix: string; warning: true }[] {
  const slug = 'value' in (use.props.slug ?? {}) ? (use.props.slug as { value: unknown }).value : undefined;
  const lang = 'value' in (use.props.lang ?? {}) ? (use.props.lang as { value: unknown }).value : undefined;
  if (use.name !== 'ArticleCard' || typeof slug !== 'string' || (lang !== undefined && !isLocale(String(lang)))) return [];
  const resolution = resolveWikilink(
    lang ? `${String(lang)}:${slug}` : slug,
    { locale: article.locale!, slug: article.slug! },
    model.known,
  );
  if (!resolution.ok || resolution.target.renamedFrom === undefined) return [];
  const written = `<ArticleCard slug="${slug}">`;
  return [{ ...renamedLinkWarning(written, slug, resolution.target.slug), fix: `write <ArticleCard slug="${resolution.target.slug}">` }];
}

/** The problems of one use: its props against the component's schema, then the component's own check. */
function useProblems(use: ComponentUse, spec: ComponentSpec, context: ComponentContext): { message: string; fix: string }[] {
  const tag = `<${use.name}>`;
  if (use.spread) return [{ message: `${tag} spreads props ({...}), which cannot be checked`, fix: 'write each prop out' }];
  const problems: { message: string; fix: string }[] = [];
  const values: Record<string, unknown> = {};
  for (const [name, prop] of Object.entries(use.props)) {
    if ('expression' in prop) {
      problems.push({
        message: `${tag} prop "${name}" is the expression {${prop.expression}}`,
        fix: `write a plain value, e.g. ${name}="…"`,
      });
    } else values[name] = prop.value;
  }
  if (problems.length) return problems;
  if (spec.children === 'none' && use.hasChildren) {
    problems.push({ message: `${tag} takes no content between its tags`, fix: `write it as <${use.name} … />` });
  }
  const parsed = spec.props.safeParse(values);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const prop = String(issue.path[0] ?? '');
      if (issue.code === 'unrecognized_keys') {
        const known = Object.keys((spec.props as unknown as { shape?: object }).shape ?? {});
        for (const key of issue.keys) {
          problems.push({ message: `${tag} has no prop "${key}"`, fix: `use only ${known.map((k) => `"${k}"`).join(', ')}` });
        }
      } else if (prop && !(prop in values)) {
        problems.push({ message: `${tag} needs the prop "${prop}"`, fix: `add ${prop}="…" (${FIX})` });
      } else {
        problems.push({ message: `${tag} prop "${prop}" ${issue.message.replace(/^Invalid (input|option): /, '')}`, fix: FIX });
      }
    }
    return problems;
  }
  const own = spec.check?.(parsed.data as Record<string, unknown>, context);
  return own ? [...problems, { message: `${tag} ${own.message}`, fix: own.fix }] : problems;
}

/**
 * Every component used in the MDX articles, checked against the site's list
 * (core/articles/mdxComponents.ts): an unknown name, a missing or unknown prop, a prop
 * of the wrong kind, or a target that does not exist fails at the file and
 * line. Names the file imports or declares itself are left to the import's own
 * error (checks/mdxCode.ts: an article imports nothing).
 * @example mdxComponentProblems(modelOf({ 'en/a.mdx': '<Callout type="warning">x</Callout>' }))[0].message => '<Callout> prop "type" expected one of …'
 */
export function mdxComponentProblems(model: ContentModel): ContentProblem[] {
  return model.articles
    .filter((a) => a.tree && a.file.path.endsWith('.mdx') && a.locale && isLocale(a.locale) && a.slug)
    .flatMap((a) => {
      const own = declaredNames(a.tree!);
      const context = componentContext(model, a);
      return componentUses(a.tree!).flatMap((use) => {
        const at = { file: a.file.file, line: a.bodyLine + use.line - 1, field: 'component' };
        if (own.has(use.name)) return [];
        const spec = MDX_COMPONENTS[use.name];
        if (!spec) {
          return [
            {
              ...at,
              message: `unknown component <${use.name}>`,
              fix: `use one of ${Object.keys(MDX_COMPONENTS)
                .map((n) => `<${n}>`)
                .join(', ')}, or import it at the top of the file`,
            },
          ];
        }
        const problems = useProblems(use, spec, context);
        return [...problems, ...(problems.length ? [] : renamedCard(use, model, a))].map((p) => ({ ...at, ...p }));
      });
    });
}
