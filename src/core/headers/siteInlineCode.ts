import { LOCALES } from '../language/locales';
import { homeUrl } from '../links/urls';

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
 * unless the URL asks to choose (`?choose`).
 */
export const LANDING_SCRIPT = `(()=>{const homes=${JSON.stringify(Object.fromEntries(LOCALES.map((l) => [l, homeUrl(l)])))},locales=Object.keys(homes);try{let lang=localStorage.getItem('zhiku-lang');if(!locales.includes(lang))lang=(navigator.languages||[navigator.language]).map((tag)=>String(tag).toLowerCase().split('-')[0]).find((primary)=>locales.includes(primary));if(lang&&!new URLSearchParams(location.search).has('choose'))location.replace(homes[lang])}catch{}})()`;

/** Every inline script and `<style>` text the site's own code emits: what the CSP allows by hash. */
export const SITE_INLINE_CODE: { readonly scripts: readonly string[]; readonly styles: readonly string[] } = {
  scripts: [THEME_SCRIPT, LANDING_SCRIPT],
  styles: [],
};
