import type { TermText } from '../core/glossary/glossaryConsistency';
import { componentUses } from './componentUses';
import { parseMarkdown } from './parseMarkdown';
import { markdownToPlainText } from './plainText';

/** A `<Term …/>` or `<Term …>text</Term>` element as written in an MDX body (they do not nest). */
const TERM_ELEMENT = /<Term\b[^>]*?(?:\/>|>[\s\S]*?<\/Term\s*>)/g;

/**
 * What a reader reads of a body, for the glossary check: the readable text
 * without `<Term>` elements (the id in `<Term id="stablecoin" />` is no word a
 * reader sees), and the ids they name, once per use. A body whose MDX does not
 * parse (the content validation reports it) counts no `<Term>`.
 * @example termText('A <Term id="cbdc">digital yuan</Term>.', { locale: 'en', mdx: true }) => { locale: 'en', text: 'A  .', termIds: ['cbdc'] }
 */
export function termText(body: string, { locale, mdx }: { locale: TermText['locale']; mdx: boolean }): TermText {
  if (!mdx) return { locale, text: markdownToPlainText(body), termIds: [] };
  let termIds: string[] = [];
  try {
    termIds = componentUses(parseMarkdown(body, { mdx: true })).flatMap((use) => {
      const id = use.name === 'Term' && use.props.id && 'value' in use.props.id ? use.props.id.value : undefined;
      return typeof id === 'string' ? [id] : [];
    });
  } catch {
    // Invalid MDX: the validator names the file and line.
  }
  return { locale, text: markdownToPlainText(body.replace(TERM_ELEMENT, ' ')), termIds };
}
