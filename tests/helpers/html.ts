import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { parse as parseHtml, type DefaultTreeAdapterTypes } from 'parse5';

/** Reads and parses a built page by its URL path, e.g. `/en/articles/x/`. */
export async function loadPage(outDir: string, urlPath: string): Promise<HTMLElement> {
  const file = urlPath.endsWith('/') ? join(outDir, urlPath, 'index.html') : join(outDir, urlPath);
  return parse(await readFile(file, 'utf8'));
}

/** The text of an element with whitespace folded, as a reader sees it. */
export function visibleText(el: HTMLElement | null): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** What a page holds that could run code: each finding named, and the text of each inline script. */
export interface ExecutableConstructs {
  /** Event handlers, script/data URLs, embeds, and scripts inside the article or from elsewhere than /_astro/. */
  found: string[];
  /** The text of each inline script outside the article (JSON-LD is checked to be JSON and left out). */
  inline: string[];
}

const EMBEDS = ['iframe', 'object', 'embed', 'base', 'frame', 'applet'];
const URL_ATTRIBUTES = /^(href|src|action|formaction|xlink:href|srcset|poster|cite|data)$/;
const SCRIPT_URL = /^(javascript|data|vbscript):/i;

/**
 * Scans a page as a browser parses it (parse5) for what could run code: `on*` attributes,
 * `javascript:`/`data:`/`vbscript:` addresses, `<iframe>`/`<object>`/`<embed>`/`<base>`, a script
 * inside `<article>` or loaded from outside `/_astro/`, and lists the inline scripts for the caller to judge.
 */
export function executableConstructs(html: string): ExecutableConstructs {
  const found: string[] = [];
  const inline: string[] = [];
  const walk = (node: DefaultTreeAdapterTypes.Node, inArticle: boolean) => {
    if (!('tagName' in node)) return;
    const el = node as DefaultTreeAdapterTypes.Element;
    const attrs = new Map(el.attrs.map((a) => [a.prefix ? `${a.prefix}:${a.name}` : a.name, a.value]));
    for (const [name, value] of attrs) {
      if (/^on/i.test(name)) found.push(`<${el.tagName} ${name}>`);
      // eslint-disable-next-line no-control-regex
      if (URL_ATTRIBUTES.test(name) && SCRIPT_URL.test(value.replace(/[\u0000-\u0020]/g, '')))
        found.push(`<${el.tagName} ${name}="${value.slice(0, 40)}">`);
    }
    if (EMBEDS.includes(el.tagName)) found.push(`<${el.tagName}>`);
    if (el.tagName === 'script') {
      const text = el.childNodes.map((c) => ('value' in c ? c.value : '')).join('');
      const src = attrs.get('src');
      if (inArticle) found.push('<script> inside the article');
      else if (src !== undefined) {
        if (!/^\/_astro\/[\w.-]+\.js$/.test(src)) found.push(`<script src="${src}">`);
      } else if (attrs.get('type') === 'application/ld+json') JSON.parse(text);
      else inline.push(text);
    }
    const children = el.tagName === 'template' ? (el as DefaultTreeAdapterTypes.Template).content.childNodes : el.childNodes;
    for (const child of children) walk(child, inArticle || el.tagName === 'article');
  };
  for (const child of parseHtml(html).childNodes) walk(child, false);
  return { found, inline };
}
