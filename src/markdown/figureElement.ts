import type { MdxJsxFlowElement, MdxJsxTextElement } from 'satteri';

/** The MDX component that shows an image of `media/` with a caption: `<Figure src alt caption credit?>`. */
export const FIGURE = 'Figure';

/**
 * Whether a text may hold a `<Figure>`: most hold none, and need no visit of their elements.
 * @example mayHaveFigure('<Figure src="../../media/a.png" />') => true
 */
export function mayHaveFigure(text: string): boolean {
  return text.includes(`<${FIGURE}`);
}

type JsxElement = Pick<MdxJsxFlowElement | MdxJsxTextElement, 'name' | 'attributes'>;

/** What a `<Figure>` says of its image, as written. */
export interface FigureImage {
  /** `src` as written (a path relative to the article file); `null` when it is an {expression}, undefined when missing. */
  src?: string | null;
  /** `alt` as written; undefined when missing, `null` when it is an {expression} this step cannot read. */
  alt?: string | null;
}

/**
 * A string attribute of a JSX element: its text, `null` when it is an {expression}, undefined when absent.
 * @example jsxAttribute({ name: 'Figure', attributes: [{ type: 'mdxJsxAttribute', name: 'alt', value: 'Chart' }] }, 'alt') => 'Chart'
 */
export function jsxAttribute(node: JsxElement, name: string): string | null | undefined {
  const attribute = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  if (!attribute || attribute.type !== 'mdxJsxAttribute') return undefined;
  return typeof attribute.value === 'string' ? attribute.value : attribute.value == null ? '' : null;
}

/**
 * The image a JSX element shows, when it is a `<Figure>`; undefined for any other element.
 * @example figureImage({ name: 'Figure', attributes: [{ type: 'mdxJsxAttribute', name: 'src', value: '../../media/a.png' }] }) => { src: '../../media/a.png', alt: undefined }
 */
export function figureImage(node: JsxElement): FigureImage | undefined {
  if (node.name !== FIGURE) return undefined;
  return { src: jsxAttribute(node, 'src'), alt: jsxAttribute(node, 'alt') };
}
