import type { GlossaryEntry } from './glossary';
import type { Locale } from '../language/locales';
import { termPattern } from './termPattern';

/** What a reader reads in one version of an article, as the glossary check needs it. */
export interface TermText {
  locale: Locale;
  /** The readable text, without the `<Term>` elements (they count through `termIds`). */
  text: string;
  /** The glossary ids of the body's `<Term>`s, once per use. */
  termIds?: readonly string[];
}

/** A term of the original whose counterpart the translation never uses. */
export interface DroppedTerm {
  id: string;
  /** The term's headword in the original's language. */
  term: string;
  /** How often the original uses it. */
  count: number;
  /** Its forms in the translation's language, none of which the translation uses. */
  counterparts: string[];
}

// NUL stands in for a matched form: it occurs in no text, so no shorter form can match across it.
const MASK = '\u0000';

/**
 * How often each glossary term occurs in a text, by id: any of its forms in the
 * text's language (a Han form anywhere, any other as a whole word ignoring
 * case), longer forms first so that 比特币现金 is not also 比特币, plus each
 * `<Term>` that names it.
 * @example termCounts({ locale: 'en', text: 'Stablecoins and a stablecoin.' }, [stablecoin: stablecoin, stablecoins]) => Map { 'stablecoin' => 2 }
 */
export function termCounts({ locale, text, termIds = [] }: TermText, entries: readonly GlossaryEntry[]): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (id: string, n: number) => counts.set(id, (counts.get(id) ?? 0) + n);
  const forms = entries
    .flatMap((entry) => entry.forms[locale].map((form) => ({ form, id: entry.id })))
    .sort((a, b) => b.form.length - a.form.length);
  let rest = text;
  for (const { form, id } of forms) {
    rest = rest.replace(termPattern(form), () => {
      add(id, 1);
      return MASK;
    });
  }
  for (const id of termIds) add(id, 1);
  return counts;
}

/**
 * The glossary terms a translation may have dropped: those the original uses
 * whose counterpart (any of its forms in the translation's language) the
 * translation never uses. Most used first, then in the glossary's order.
 * @example droppedTerms({ locale: 'en', text: 'A stablecoin, a stablecoin.' }, { locale: 'zh', text: '一种代币。' }, [stablecoin/稳定币])
 *   => [{ id: 'stablecoin', term: 'stablecoin', count: 2, counterparts: ['稳定币'] }]
 */
export function droppedTerms(original: TermText, translation: TermText, entries: readonly GlossaryEntry[]): DroppedTerm[] {
  const used = termCounts(original, entries);
  const kept = termCounts(translation, entries);
  return entries
    .filter((entry) => (used.get(entry.id) ?? 0) > 0 && !kept.has(entry.id))
    .map((entry) => ({
      id: entry.id,
      term: entry.forms[original.locale][0]!,
      count: used.get(entry.id)!,
      counterparts: entry.forms[translation.locale],
    }))
    .sort((a, b) => b.count - a.count);
}
