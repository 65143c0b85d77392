import ArticleCard from './ArticleCard.astro';
import Callout from './Callout.astro';
import Figure from './Figure.astro';
import Quote from './Quote.astro';
import Term from './Term.astro';

/**
 * The components every MDX article may use without importing them, passed to
 * `<Content components={…}>` by the article page. Their props are checked at
 * build time against core/articles/mdxComponents.ts, which lists the same names.
 */
export const MDX_COMPONENTS = { ArticleCard, Callout, Figure, Quote, Term };
