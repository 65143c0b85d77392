// Bundled as text and adopted as a constructed stylesheet with the first search:
// not inlined into every page, no extra request, and allowed by a strict CSP.
import stylesheet from '../../styles/search.css?inline';

let styled = false;

/** Adds the search styles to the page once. */
export function loadSearchStyles(): void {
  if (styled) return;
  styled = true;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(stylesheet);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}
