import Figure from './Figure.astro';

/** The components every MDX article may use without importing them: the article page passes them to `<Content components={…}>`. */
export const mdxComponents = { Figure };
