/** The code themes: both keep every token at 4.5:1 or more on their own background (WCAG AA). */
export const CODE_THEMES = { light: 'github-light-default', dark: 'github-dark-default' } as const;

/** The part of a Shiki hast element this step reads and changes. */
interface StyledElement {
  properties: Record<string, unknown>;
}

/** A CSS custom property Shiki writes beside each colour (`--shiki-light:#CF222E`). */
const SHIKI_VARIABLE = /(?:^|;)--shiki-[\w-]+:[^;]*/g;

/**
 * A style attribute without Shiki's per-theme custom properties: with `light-dark()` colours they
 * repeat every colour once more and nothing reads them.
 * @example withoutShikiVariables('color:light-dark(#CF222E, #FF7B72);--shiki-light:#CF222E;--shiki-dark:#FF7B72') => 'color:light-dark(#CF222E, #FF7B72)'
 */
export function withoutShikiVariables(style: string): string {
  return style.replace(SHIKI_VARIABLE, '').replace(/^;/, '');
}

function trim(element: StyledElement): void {
  const style = element.properties.style;
  if (typeof style === 'string') element.properties.style = withoutShikiVariables(style);
}

/**
 * Shiki's options for the site: a light and a dark theme at once, each token's colour a CSS
 * `light-dark()` pair that follows the page's colour scheme (the system's, or the reader's choice),
 * and no custom properties beside them, which would double the bytes of every highlighted token.
 * No highlighting code reaches the browser: Astro highlights at build time.
 * @example markdown: { shikiConfig: codeHighlighting() }
 */
export function codeHighlighting() {
  return {
    themes: CODE_THEMES,
    defaultColor: 'light-dark()' as const,
    transformers: [{ name: 'zhiku-light-dark-only', pre: trim, span: trim }],
  };
}
