/**
 * The components every MDX article may use without importing them, and what
 * each accepts. The article page hands the components themselves to
 * `<Content components={…}>` (components/mdx/index.ts); the validator checks
 * every use against this list (site/validation/checks/mdxComponents.ts), so an
 * unknown name, a missing prop or a prop of the wrong kind fails the build at
 * the file and line instead of at render time, or not at all.
 */
import { z } from 'astro/zod';
import { CALLOUT_TYPES } from './callouts';
import { isWebAddress } from '../content/safeUrl';
import { LOCALES, type Locale } from '../language/locales';
import { isValidSlug } from '../links/slugs';

/** What a component's own check may ask about the rest of the content. */
export interface ComponentContext {
  /** The article the component is written in. */
  locale: Locale;
  slug: string;
  /** Why a link to `slug` (in `lang`, or like `[[slug]]` without it) would be broken, or undefined when it resolves. */
  articleProblem(slug: string, lang?: Locale): string | undefined;
  /** Whether content/glossary.yaml has a term with this id. */
  isGlossaryTerm(id: string): boolean;
  /**
   * Why the image at `src`, a path relative to the article file, cannot be shown (not a file of
   * media/, missing, no image, over 5 MB), or undefined when it can.
   */
  imageProblem(src: string): ComponentProblem | undefined;
}

/** A problem a component's check found: what is wrong and what to do. */
export interface ComponentProblem {
  message: string;
  fix: string;
}

export interface ComponentSpec<P = Record<string, unknown>> {
  /** Its props: literal values only (strings, numbers, true/false), checked before anything renders. */
  props: z.ZodType<P>;
  /** Its children: whether it wraps Markdown (`<Callout>…</Callout>`) or stands alone. */
  children: 'allowed' | 'none';
  /** A check that needs more than the props, e.g. that a linked article exists. */
  check?(props: P, context: ComponentContext): ComponentProblem | undefined;
}

const text = z.string().trim().min(1, 'must not be empty');

/** A date written as in frontmatter. */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD');

const webAddress = z.string().refine(isWebAddress, 'must be a full web address (https://…)');

function spec<P>(s: ComponentSpec<P>): ComponentSpec {
  return s as unknown as ComponentSpec;
}

/** Every component by the name an article writes, e.g. `<Callout type="tip">`. */
export const MDX_COMPONENTS: Readonly<Record<string, ComponentSpec>> = {
  Callout: spec({
    props: z.object({ type: z.enum(CALLOUT_TYPES), title: text.optional() }).strict(),
    children: 'allowed',
  }),
  ArticleCard: spec({
    props: z
      .object({
        slug: z.string().refine(isValidSlug, 'must be an article slug: lowercase letters, digits and single hyphens'),
        lang: z.enum(LOCALES).optional(),
      })
      .strict(),
    children: 'none',
    check: ({ slug, lang }, context) => {
      const problem = context.articleProblem(slug, lang);
      return problem ? { message: problem, fix: 'use the slug of an existing, published article (its file name without .md)' } : undefined;
    },
  }),
  Term: spec({
    props: z.object({ id: z.string().refine(isValidSlug, 'must be a glossary id: lowercase letters, digits and single hyphens') }).strict(),
    children: 'allowed',
    check: ({ id }, context) =>
      context.isGlossaryTerm(id)
        ? undefined
        : {
            message: `names "${id}", which is no term of the glossary`,
            fix: "use a term's id from content/glossary.yaml (its English form in lowercase with hyphens, or its `id:`), or add the term there",
          },
  }),
  Figure: spec({
    // src and alt become the image inside the element (markdown/figureImagePlugin.ts).
    props: z.object({ src: text, alt: text, caption: text, credit: text.optional() }).strict(),
    children: 'none',
    check: ({ src }, context) => {
      const problem = context.imageProblem(src);
      return problem && { message: `src "${src}" ${problem.message}`, fix: problem.fix };
    },
  }),
  Quote: spec({
    props: z.object({ source: text.optional(), href: webAddress.optional(), date: isoDate.optional() }).strict(),
    children: 'allowed',
  }),
};

/** @example isMdxComponent('Callout') => true */
export function isMdxComponent(name: string): boolean {
  return Object.hasOwn(MDX_COMPONENTS, name);
}

/** How a page looks up the card an `<ArticleCard>` asked for. @example articleCardKey('fatf', 'zh') => 'zh:fatf' */
export function articleCardKey(slug: string, lang?: Locale): string {
  return `${lang ?? ''}:${slug}`;
}
