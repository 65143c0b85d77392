import { isLocale, type Locale } from '../language/locales';

/** Lowercase ASCII letters and digits in words joined by single hyphens. */
const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** @example isValidSlug('fed-flags-stablecoin') => true; isValidSlug('Fed_Flags') => false */
export function isValidSlug(value: string): boolean {
  return SLUG_PATTERN.test(value);
}

export interface ArticleKey {
  locale: Locale;
  slug: string;
}

/**
 * Splits an article's path inside `content/articles/` into its locale and slug.
 * Returns an error message instead when the path breaks the naming rules.
 * @example parseArticlePath('zh/cbdc-basics.md') => { locale: 'zh', slug: 'cbdc-basics' }
 */
export function parseArticlePath(path: string): ArticleKey | { error: string } {
  const parts = path.replace(/\\/g, '/').split('/');
  if (parts.length !== 2) {
    return { error: `"${path}" must sit directly in a language folder, e.g. en/<slug>.md or zh/<slug>.md` };
  }
  const [folder, file] = parts as [string, string];
  if (!isLocale(folder)) {
    return { error: `"${path}" is in an unknown language folder "${folder}"; use en/ or zh/` };
  }
  const slug = file.replace(/\.mdx?$/, '');
  if (!isValidSlug(slug)) {
    return {
      error: `"${path}" has the slug "${slug}", which is not lowercase ASCII; rename the file to letters a-z, digits and single hyphens`,
    };
  }
  return { locale: folder, slug };
}
