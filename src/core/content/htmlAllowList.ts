/**
 * The HTML an article may write itself, as raw HTML in Markdown or as a lowercase
 * JSX element in MDX: harmless elements editors use, each with the attributes it
 * may carry. Anything else is refused, above all what runs script or changes the
 * page around the article (`<script>`, `<style>`, `<iframe>`, `<form>`, `<base>`,
 * `on*` and `style` attributes).
 */
import { srcsetUrls, urlVerdict, unsafeUrlMessage, SAFE_URL_FIX } from './safeUrl';

/** Attributes every allowed element may carry. */
const GLOBAL_ATTRIBUTES = ['class', 'id', 'lang', 'title', 'dir'];

/** Each allowed element with the attributes it may carry besides the global ones. */
const ELEMENTS: Readonly<Record<string, readonly string[]>> = {
  a: ['href', 'hreflang', 'rel'],
  abbr: [],
  b: [],
  bdi: [],
  bdo: [],
  blockquote: ['cite'],
  br: [],
  caption: [],
  cite: [],
  code: [],
  col: ['span'],
  colgroup: ['span'],
  dd: [],
  del: ['cite', 'datetime'],
  details: ['open'],
  dfn: [],
  div: [],
  dl: [],
  dt: [],
  em: [],
  figcaption: [],
  figure: [],
  h1: [],
  h2: [],
  h3: [],
  h4: [],
  h5: [],
  h6: [],
  hr: [],
  i: [],
  img: ['src', 'alt', 'width', 'height', 'srcset', 'sizes', 'loading', 'decoding'],
  ins: ['cite', 'datetime'],
  kbd: [],
  li: ['value'],
  mark: [],
  ol: ['start', 'reversed', 'type'],
  p: [],
  pre: [],
  q: ['cite'],
  rp: [],
  rt: [],
  ruby: [],
  s: [],
  samp: [],
  small: [],
  span: [],
  strong: [],
  sub: [],
  summary: [],
  sup: [],
  table: [],
  tbody: [],
  td: ['colspan', 'rowspan', 'align'],
  tfoot: [],
  th: ['colspan', 'rowspan', 'align', 'scope', 'abbr'],
  thead: [],
  time: ['datetime'],
  tr: [],
  u: [],
  ul: [],
  var: [],
  wbr: [],
};

/** Attributes whose value is an address, decided by core/content/safeUrl.ts. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'cite', 'action', 'formaction', 'xlink:href', 'poster', 'background', 'data', 'srcset']);

/** Why the elements that can do harm are refused, said to the editor. */
const HARMFUL: Readonly<Record<string, string>> = {
  script: 'runs code in the reader’s browser',
  style: 'restyles the whole page, not just the article',
  iframe: 'embeds another page, which can run code',
  frame: 'embeds another page, which can run code',
  frameset: 'embeds other pages, which can run code',
  object: 'embeds a plugin or another page, which can run code',
  embed: 'embeds a plugin or another page, which can run code',
  applet: 'runs code in the reader’s browser',
  form: 'sends the reader’s input elsewhere',
  input: 'is part of a form, which sends the reader’s input elsewhere',
  button: 'is part of a form, which sends the reader’s input elsewhere',
  textarea: 'is part of a form, which sends the reader’s input elsewhere',
  select: 'is part of a form, which sends the reader’s input elsewhere',
  base: 'changes where every link of the page points',
  meta: 'changes how the browser treats the whole page',
  link: 'loads stylesheets or other resources into the whole page',
  svg: 'can hold scripts and event handlers',
  math: 'can hide markup the browser reads differently',
  template: 'holds markup that scripts can bring to life',
  noscript: 'holds markup the browser reads differently',
  portal: 'embeds another page',
  title: 'changes the title of the whole page',
};

/** What the editor is told to do about a refused element or attribute. */
const ELEMENT_FIX =
  'remove it: an article may use Markdown and a short list of harmless HTML elements (details, summary, kbd, sup, sub, abbr, br, hr, tables, img, a, span, div…; see the writing guide)';

/** One attribute as written (its name as the browser reads it: lowercase, `className` as `class`). */
export interface HtmlAttribute {
  name: string;
  value: string;
}

/** A problem of one element: what is wrong and what to do. */
export interface HtmlProblem {
  message: string;
  fix: string;
}

/**
 * Whether an element name is on the list.
 * @example isAllowedElement('kbd') => true
 * @example isAllowedElement('script') => false
 */
export function isAllowedElement(name: string): boolean {
  return Object.hasOwn(ELEMENTS, name.toLowerCase());
}

/** The name of an attribute as a browser reads it: JSX's `className` is `class`, `htmlFor` is `for`. */
function htmlName(name: string): string {
  const lower = name.toLowerCase();
  return lower === 'classname' ? 'class' : lower === 'htmlfor' ? 'for' : lower;
}

/** The problems of one attribute of an allowed element. */
function attributeProblems(element: string, attribute: HtmlAttribute): HtmlProblem[] {
  const name = htmlName(attribute.name);
  const tag = `<${element}>`;
  if (name.startsWith('on')) {
    return [{ message: `the attribute "${attribute.name}" on ${tag} runs code in the reader’s browser`, fix: 'remove the attribute' }];
  }
  if (name === 'style') {
    return [
      {
        message: `the attribute "style" on ${tag} is not allowed: the site’s stylesheet styles articles`,
        fix: 'remove the attribute; to mark text, use Markdown or a class',
      },
    ];
  }
  if (URL_ATTRIBUTES.has(name)) {
    const urls = name === 'srcset' ? [attribute.value, ...srcsetUrls(attribute.value)] : [attribute.value];
    for (const url of urls) {
      const verdict = urlVerdict(url);
      if (!verdict.ok) return [{ message: `<${element} ${name}> ${unsafeUrlMessage(attribute.value, verdict.scheme)}`, fix: SAFE_URL_FIX }];
    }
  }
  const allowed = [...GLOBAL_ATTRIBUTES, ...ELEMENTS[element]!];
  if (allowed.includes(name)) return [];
  return [
    {
      message: `${tag} may not have the attribute "${attribute.name}"`,
      fix: `remove it; ${tag} may have ${allowed.map((a) => `"${a}"`).join(', ')}`,
    },
  ];
}

/**
 * The problems of one HTML element an article writes: an element not on the list, an
 * event handler, a `style`, an address with a refused scheme, an attribute the element may not have.
 * @example htmlElementProblems('script', []) => [{ message: '<script> is not allowed in an article: it runs code in the reader’s browser', fix: 'remove it: …' }]
 * @example htmlElementProblems('kbd', [{ name: 'class', value: 'key' }]) => []
 */
export function htmlElementProblems(name: string, attributes: readonly HtmlAttribute[]): HtmlProblem[] {
  const element = name.toLowerCase();
  if (!isAllowedElement(element)) {
    const why = HARMFUL[element];
    return [{ message: `<${name}> is not allowed in an article${why ? `: it ${why}` : ''}`, fix: ELEMENT_FIX }];
  }
  return attributes.flatMap((a) => attributeProblems(element, a));
}
