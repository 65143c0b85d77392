/** Script types a browser runs (or reads as code: import maps, speculation rules), which a CSP therefore governs. */
const CODE_TYPE = /^(?:|module|importmap|speculationrules|(?:text|application)\/(?:x-)?(?:java|ecma)script)$/;

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi;
const SRC = /(?:^|\s)src\s*=/i;
const TYPE = /(?:^|\s)type\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;

/** Whether a `<script>` tag's attributes make its text code the browser runs. */
function runsInline(attributes: string): boolean {
  if (SRC.test(attributes)) return false;
  const type = TYPE.exec(attributes);
  return CODE_TYPE.test((type?.[1] ?? type?.[2] ?? type?.[3] ?? '').trim().toLowerCase());
}

/**
 * The text of every inline script and `<style>` element of a page, exactly as
 * written (a CSP hash covers those characters). Scripts with `src` and data
 * blocks such as JSON-LD are left out: no CSP applies to their text.
 * @example inlineCode('<script>a()</script><script type="application/ld+json">{}</script><style>p{}</style>') => { scripts: ['a()'], styles: ['p{}'] }
 */
export function inlineCode(html: string): { scripts: string[]; styles: string[] } {
  return {
    scripts: [...html.matchAll(SCRIPT)].filter((m) => runsInline(m[1]!)).map((m) => m[2]!),
    styles: [...html.matchAll(STYLE)].map((m) => m[1]!),
  };
}
