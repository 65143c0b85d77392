import type { Paragraph, PhrasingContent, Root, RootContent, Text } from 'mdast';
import { calloutClass, isCalloutType } from '../core/articles/callouts';
import type { Locale } from '../core/language/locales';
import { uiTranslations } from '../core/language/i18n';

/**
 * The site's Markdown reads `:::note` … `:::` containers (the `directive`
 * feature of the parser). The same feature also reads `:name` inside text and
 * `::name` on a line of its own as directives, which would turn "a ratio of
 * 3:2 or a:b" into a directive and lose the `:b`. The site gives no meaning
 * to those two forms, so they are put back as the text they were written as.
 */

interface Positioned {
  position?: { start: { offset?: number }; end: { offset?: number } };
}

/** The Markdown a node was parsed from. @example writtenText({ position: { start: { offset: 2 }, end: { offset: 4 } } }, 'a:bc') => ':bc'.slice(0, 2) */
export function writtenText(node: Positioned, source: string): string {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? '' : source.slice(start, end);
}

/** A text or leaf directive, as the text it was written as. */
export function directiveAsText(node: Positioned & { type: string }, source: string): Text | Paragraph {
  const text: Text = { type: 'text', value: writtenText(node, source) };
  return node.type === 'leafDirective' ? { type: 'paragraph', children: [text] } : text;
}

/**
 * Whether a body may hold a directive at all: the parser takes a colon before
 * almost anything (`:b`, `:2`, `:引用`) for one, but not a colon before a space or a slash.
 * @example mayHoldDirectives('See https://example.org: done') => false
 */
export function mayHoldDirectives(source: string): boolean {
  return /:[^\s/]/.test(source);
}

/**
 * A parent's children with its text directives put back as text, joined to
 * the text around them: `[[zh:gamma]]` parses as "[[zh", a directive "gamma"
 * and "]]", and the link step must see the one text it was written as.
 * Positions of joined text span what they join. Undefined when no child is a text directive.
 * @example phrasingWithoutDirectives([text('ratio a'), directive(':b')], 'ratio a:b') => [text('ratio a:b')]
 */
export function phrasingWithoutDirectives(children: readonly RootContent[], source: string): RootContent[] | undefined {
  if (!children.some((c) => c.type === 'textDirective')) return undefined;
  const out: RootContent[] = [];
  for (const child of children) {
    const node = child.type === 'textDirective' ? directiveAsText(child, source) : child;
    const last = out.at(-1);
    if (node.type === 'text' && last?.type === 'text') {
      const start = last.position?.start;
      const end = child.position?.end;
      out[out.length - 1] = { type: 'text', value: last.value + node.value, ...(start && end ? { position: { start, end } } : {}) };
    } else out.push(child.type === 'textDirective' ? { ...node, position: child.position } : node);
  }
  return out;
}

/**
 * Puts text and leaf directives of a parsed tree back as their text, in place
 * (the renderer takes the same step in directivesPlugin).
 * @example restoreDirectiveText(parseMarkdown('a:b'), 'a:b') // the paragraph holds one text, "a:b"
 */
export function restoreDirectiveText(tree: Root, source: string): void {
  const walk = (parent: { children: RootContent[] }) => {
    parent.children = (phrasingWithoutDirectives(parent.children, source) ?? parent.children).map((child) =>
      child.type === 'leafDirective' ? { ...directiveAsText(child, source), position: child.position } : child,
    );
    for (const child of parent.children) if ('children' in child) walk(child as { children: RootContent[] });
  };
  walk(tree);
}

/** A container directive as the renderer sees it. */
export interface ContainerNode {
  name: string;
  children: readonly RootContent[];
}

/** The node an aside renders from: `<aside class="callout callout-tip" role="note">` with its title first. */
export interface CalloutNode {
  type: 'callout';
  data: { hName: 'aside'; hProperties: { className: string[]; role: 'note' } };
  children: RootContent[];
}

/** A container of a name the site does not know, kept as a plain block so that no text is lost (the validator reports it). */
export function plainContainer(node: ContainerNode): { type: 'container'; children: RootContent[] } {
  return { type: 'container', children: [...node.children] };
}

/**
 * The aside a `:::note[Title]` container becomes, in the article's language:
 * the same markup as the MDX `<Callout>` component. Undefined for a container
 * of another name, which the validator reports.
 * @example calloutFromContainer({ name: 'tip', children: [para('Use it')] }, 'en')
 *   => { type: 'callout', data: { hName: 'aside', … }, children: [<p class="callout-title">Tip</p>, para('Use it')] }
 */
export function calloutFromContainer(node: ContainerNode, locale: Locale): CalloutNode | undefined {
  if (!isCalloutType(node.name)) return undefined;
  const [first, ...rest] = node.children;
  const labelled = first?.type === 'paragraph' && (first.data as { directiveLabel?: boolean } | undefined)?.directiveLabel;
  const titleText: PhrasingContent[] = labelled
    ? (first as Paragraph).children
    : [{ type: 'text', value: uiTranslations(locale)(`callout.${node.name}`) }];
  const title = { type: 'paragraph', data: { hProperties: { className: ['callout-title'] } }, children: titleText } as Paragraph;
  return {
    type: 'callout',
    data: { hName: 'aside', hProperties: { className: calloutClass(node.name).split(' '), role: 'note' } },
    children: [title, ...(labelled ? rest : node.children)],
  };
}
