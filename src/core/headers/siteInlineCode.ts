import { LOCALES } from '../language/locales';
import { homeUrl, withBase } from '../links/urls';

/**
 * The text of every inline script the site's own components emit, and the one
 * place it is written: the components render these strings (`set:html`), and
 * the Content-Security-Policy allows exactly these by hash. Nothing an article
 * contains is ever added here, so a script that content slips into a page is
 * blocked by the browser. A new inline script or `<style>` belongs here, or the
 * policy blocks it (tests/build/headers.test.ts finds any other on the built pages).
 */

/**
 * Runs before the first paint (ThemeScript.astro, every page): applies the
 * stored theme, so it never flashes, and marks the page as scripted (data-js),
 * so the theme toggle is shown in the first paint. One line: every page carries it.
 */
export const THEME_SCRIPT =
  "document.documentElement.dataset.js='';try{const t=localStorage.getItem('zhiku-theme');if(t==='dark'||t==='light')document.documentElement.dataset.theme=t}catch{}";

/**
 * The landing page's redirect (pages/index.astro): returning readers go to the
 * language they chose, first-time readers to the best match for their browser,
 * unless the URL asks to choose (`?choose`). Its homes are under the site's base path.
 * @example landingScript('/kb/').includes('"en":"/kb/en/"') => true
 */
export function landingScript(base: string): string {
  const homes = Object.fromEntries(LOCALES.map((l) => [l, withBase(homeUrl(l), base)]));
  return `(()=>{const homes=${JSON.stringify(homes)},locales=Object.keys(homes);try{let lang=localStorage.getItem('zhiku-lang');if(!locales.includes(lang))lang=(navigator.languages||[navigator.language]).map((tag)=>String(tag).toLowerCase().split('-')[0]).find((primary)=>locales.includes(primary));if(lang&&!new URLSearchParams(location.search).has('choose'))location.replace(homes[lang])}catch{}})()`;
}

/** The landing page's redirect of a site served from the root of its origin. */
export const LANDING_SCRIPT = landingScript('/');

/**
 * Every inline script and `<style>` text the site's own code emits, for a site served under
 * `base`: what the CSP allows by hash.
 * @example siteInlineCode('/').scripts => [THEME_SCRIPT, LANDING_SCRIPT]
 */
export function siteInlineCode(base: string): { readonly scripts: readonly string[]; readonly styles: readonly string[] } {
  return { scripts: [THEME_SCRIPT, landingScript(base)], styles: [] };
}

/** Every inline script and `<style>` text the site's own code emits when served from the root: what the CSP allows by hash. */
export const SITE_INLINE_CODE = siteInlineCode('/');
