import GithubSlugger from 'github-slugger';

/**
 * The site's rule for heading ids within one document, as Astro makes them: the
 * heading's explicit `{#id}`, else its text slugged by github-slugger, numbered
 * when the text repeats. The renderer (headingAnchorsPlugin) and the validator
 * (duplicateHeadingIds) both take ids from it, one per document.
 * @example const idOf = headingIds(); [idOf(undefined, 'Risks'), idOf(undefined, 'Risks'), idOf('own', 'Risks')] => ['risks', 'risks-1', 'own']
 */
export function headingIds(): (explicit: unknown, text: string) => string {
  const slugger = new GithubSlugger();
  return (explicit, text) => (typeof explicit === 'string' ? explicit : slugger.slug(text));
}
